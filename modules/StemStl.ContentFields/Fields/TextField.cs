using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Text": "…"}</c>.</summary>
internal sealed class TextField : ContentFieldKind<TextFieldSettings>
{
    public override string Name => "TextField";

    public override string DisplayName => "Text";

    protected override ValueTask ValidateAsync(ContentFieldContext context, TextFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Text": "…"}""", out var value) || !FieldJson.TryString(context, value, "Text", out var text))
        {
            return ValueTask.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (settings.Required)
            {
                context.Fail("a text is required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (settings.MaxLength is { } max && text.Length > max)
        {
            context.Fail($"the text is {text.Length} characters long; at most {max} are allowed.", "maxLength");
        }

        if (settings.Options.Count > 0 && !settings.Options.Contains(text, StringComparer.Ordinal))
        {
            context.Fail($"'{text}' is not one of the allowed values: {string.Join(", ", settings.Options)}.", "option");
        }

        if (!string.IsNullOrEmpty(settings.Pattern))
        {
            CheckPattern(context, text, settings.Pattern);
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        ContentJson.Text(context.RawValue as JsonObject, "Text") is { } text
            ? [FieldIndexValue.ForText(context.Path, text)]
            : [];

    private static void CheckPattern(ContentFieldContext context, string text, string pattern)
    {
        try
        {
            // Anchored so the pattern describes the whole value, as an editor expects.
            if (!Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, TextFieldSettings.PatternTimeout))
            {
                context.Fail($"the text does not match the pattern {pattern}.", "pattern");
            }
        }
        catch (RegexMatchTimeoutException)
        {
            context.Fail($"the text took too long to check against the pattern {pattern}; shorten the text or simplify the pattern.", "pattern");
        }
    }
}
