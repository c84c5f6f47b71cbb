using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.Cms.Rendering;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Markdown": "…", "Html": "…"}</c>; the HTML is rendered and sanitized on save, never taken from the client.</summary>
internal sealed class MarkdownField(IHtmlRenderer renderer) : ContentFieldKind<MarkdownFieldSettings>
{
    public override string Name => "MarkdownField";

    public override string DisplayName => "Markdown";

    protected override ValueTask ValidateAsync(ContentFieldContext context, MarkdownFieldSettings settings, CancellationToken cancellationToken)
    {
        if (FieldJson.TryObject(context, """{"Markdown": "…"}""", out var value)
            && FieldJson.TryString(context, value, "Markdown", out var markdown)
            && string.IsNullOrWhiteSpace(markdown)
            && settings.Required)
        {
            context.Fail("Markdown text is required.", FieldJson.RequiredCode);
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        if (context.RawValue is JsonObject value)
        {
            var markdown = ContentJson.Text(value, "Markdown");
            value["Html"] = markdown is null ? null : renderer.RenderMarkdown(markdown);
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        ContentJson.Text(context.RawValue as JsonObject, "Markdown") is { } markdown
            ? [FieldIndexValue.ForText(context.Path, markdown)]
            : [];
}
