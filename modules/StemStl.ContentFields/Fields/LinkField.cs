using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Url": "https://…", "Text": "…", "Target": "_blank"}</c>.</summary>
internal sealed partial class LinkField : ContentFieldKind<LinkFieldSettings>
{
    public const int MaxUrlLength = 2048;

    private static readonly string[] Targets = ["_blank", "_self", "_parent", "_top"];

    public override string Name => "LinkField";

    public override string DisplayName => "Link";

    protected override ValueTask ValidateAsync(ContentFieldContext context, LinkFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Url": "https://example.org", "Text": "Example"}""", out var value)
            | !FieldJson.TryString(context, value, "Url", out var url)
            | !FieldJson.TryString(context, value, "Text", out var text)
            | !FieldJson.TryString(context, value, "Target", out var target))
        {
            return ValueTask.CompletedTask;
        }

        url = url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            if (settings.Required)
            {
                context.Fail("a URL is required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (UrlProblem(url, settings) is { } problem)
        {
            context.Fail(problem, "url");
        }

        if (settings.RequireText && string.IsNullOrWhiteSpace(text))
        {
            context.Fail("a link text is required with the URL.", FieldJson.RequiredCode);
        }

        if (!string.IsNullOrEmpty(target) && !Targets.Contains(target, StringComparer.Ordinal))
        {
            context.Fail($"Target '{target}' is not allowed; use one of {string.Join(", ", Targets)}.", "invalid");
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        if (context.RawValue is JsonObject value && ContentJson.Text(value, "Url") is { } url)
        {
            value["Url"] = url.Trim();
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        ContentJson.Text(context.RawValue as JsonObject, "Url") is { Length: > 0 } url
            ? [FieldIndexValue.ForText(context.Path, url)]
            : [];

    private static string? UrlProblem(string url, LinkFieldSettings settings)
    {
        if (url.Length > MaxUrlLength)
        {
            return $"the URL is {url.Length} characters long; at most {MaxUrlLength} are allowed.";
        }

        // Browsers drop tabs and line breaks inside a URL, so "java\tscript:" would run as javascript:.
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return "the URL contains spaces or control characters; encode spaces as %20.";
        }

        var scheme = SchemePattern().Match(url);
        if (scheme.Success && !settings.AllowedSchemes.Contains(scheme.Groups[1].Value, StringComparer.OrdinalIgnoreCase))
        {
            return $"URLs starting with '{scheme.Groups[1].Value}:' are not allowed here; allowed schemes: {string.Join(", ", settings.AllowedSchemes)} (or a relative URL like /about).";
        }

        return null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
