using StemStl.Cms.Definitions;

namespace StemStl.Contents.Autoroute;

internal sealed record AutoroutePartSettings
{
    /// <summary>
    /// Template of generated paths, e.g. <c>resources/{{ DisplayText }}</c>, with the tokens {{ DisplayText }},
    /// {{ ContentType }} and {{ ContentItemId }}. Null generates a slug of the display text.
    /// </summary>
    public string? Pattern
    {
        get;
        init => field = SettingsRule.Check(value, AutoroutePath.PatternProblem(value) is null, AutoroutePath.PatternProblem(value) ?? "");
    }

    /// <summary>Editors may type their own path; when false, the path is generated on every save.</summary>
    public bool AllowCustomPath { get; init; } = true;
}
