using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.Cms.Rendering;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Html": "…"}</c>, sanitized on save.</summary>
internal sealed class HtmlField(IHtmlRenderer renderer) : ContentFieldKind<HtmlFieldSettings>
{
    public override string Name => "HtmlField";

    public override string DisplayName => "HTML";

    protected override ValueTask ValidateAsync(ContentFieldContext context, HtmlFieldSettings settings, CancellationToken cancellationToken)
    {
        if (FieldJson.TryObject(context, """{"Html": "…"}""", out var value)
            && FieldJson.TryString(context, value, "Html", out var html)
            && string.IsNullOrWhiteSpace(html)
            && settings.Required)
        {
            context.Fail("HTML content is required.", FieldJson.RequiredCode);
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        if (context.RawValue is JsonObject value && ContentJson.Text(value, "Html") is { } html)
        {
            value["Html"] = renderer.Sanitize(html);
        }

        return ValueTask.CompletedTask;
    }

    // HTML is not indexed as text: markup would pollute sorting and prefix filters; full-text search reads the document.
    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) => [];
}
