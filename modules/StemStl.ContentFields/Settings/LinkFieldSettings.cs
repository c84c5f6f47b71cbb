using StemStl.Cms.Definitions;

namespace StemStl.ContentFields.Settings;

internal sealed record LinkFieldSettings
{
    // Schemes that run code or smuggle content in a browser; no setting can allow them.
    private static readonly string[] Forbidden = ["javascript", "vbscript", "data", "file"];

    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>The link text must be given whenever a URL is.</summary>
    public bool RequireText { get; init; }

    /// <summary>Schemes an absolute URL may use; relative URLs (<c>/about</c>) are always allowed.</summary>
    public IReadOnlyList<string> AllowedSchemes
    {
        get;
        init => field = SettingsRule.Check(
            value,
            value.All(s => !Forbidden.Contains(s.Trim().TrimEnd(':'), StringComparer.OrdinalIgnoreCase)),
            $"AllowedSchemes may not include {string.Join(", ", Forbidden)}; links with those schemes run code or embed content.");
    } = ["http", "https", "mailto"];
}
