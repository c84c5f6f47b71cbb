using StemStl.Cms.Definitions;
using StemStl.Cms.Rendering;

namespace StemStl.Contents.Bodies;

/// <summary><c>{"Markdown": "…", "Html": "…"}</c>; the HTML is rendered and sanitized on save, never taken from the client.</summary>
internal sealed class MarkdownBodyPart(IHtmlRenderer renderer) : ContentPartKind
{
    public override string Name => "MarkdownBodyPart";

    public override string DisplayName => "Markdown body";

    public override string Description => "A body written in Markdown, served as sanitized HTML too.";

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        PartJson.TryString(context, context.Part, "Markdown", out _);
        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        var markdown = ContentJson.Text(context.Part, "Markdown");
        context.Part["Html"] = markdown is null ? null : renderer.RenderMarkdown(markdown);
        return ValueTask.CompletedTask;
    }
}
