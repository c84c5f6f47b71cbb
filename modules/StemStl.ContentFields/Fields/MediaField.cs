using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Paths": ["images/a.jpg"], "MediaTexts": ["alt text"]}</c>: paths inside the media library, texts aligned with them.</summary>
internal sealed class MediaField : ContentFieldKind<MediaFieldSettings>
{
    public override string Name => "MediaField";

    public override string DisplayName => "Media";

    protected override ValueTask ValidateAsync(ContentFieldContext context, MediaFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Paths": ["images/logo.png"]}""", out var value)
            | !FieldJson.TryStrings(context, value, "Paths", out var paths)
            | !FieldJson.TryStrings(context, value, "MediaTexts", out var texts))
        {
            return ValueTask.CompletedTask;
        }

        if (paths.Count == 0)
        {
            if (settings.Required)
            {
                context.Fail("at least one media file is required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (!settings.Multiple && paths.Count > 1)
        {
            context.Fail($"only one media file is allowed, but {paths.Count} were given.", "multiple");
        }

        if (texts.Count > paths.Count)
        {
            context.Fail($"there are {texts.Count} MediaTexts for {paths.Count} Paths; give at most one text per path.", "invalid");
        }

        foreach (var path in paths)
        {
            if (PathProblem(path, settings) is { } problem)
            {
                context.Fail(problem, "path");
            }
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        FieldJson.Strings(context.RawValue as JsonObject, "Paths").Select(p => FieldIndexValue.ForText(context.Path, p));

    private static string? PathProblem(string path, MediaFieldSettings settings)
    {
        // Media paths are relative to the media library; anything that could leave it or name a URL scheme is refused.
        if (path.Length == 0 || path.Any(char.IsControl) || path.Contains(':', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal)
            || path.StartsWith('/') || path.Split('/').Any(s => s is "" or "." or ".."))
        {
            return $"'{path}' is not a media library path; write it like images/logo.png, without '..', '\\', ':' or a leading '/'.";
        }

        var extension = Path.GetExtension(path);
        if (settings.AllowedExtensions.Count > 0
            && !settings.AllowedExtensions.Any(e => string.Equals(e.TrimStart('.'), extension.TrimStart('.'), StringComparison.OrdinalIgnoreCase)))
        {
            return $"'{path}' has an extension that is not allowed; allowed: {string.Join(", ", settings.AllowedExtensions)}.";
        }

        return null;
    }
}
