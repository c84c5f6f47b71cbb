using StemStl.Cms.Definitions;
using StemStl.Cms.Rendering;

namespace StemStl.Contents.Bodies;

/// <summary><c>{"Html": "…"}</c>, sanitized on save.</summary>
internal sealed class HtmlBodyPart(IHtmlRenderer renderer) : ContentPartKind
{
    public override string Name => "HtmlBodyPart";

    public override string DisplayName => "HTML body";

    public override string Description => "A body written in HTML, sanitized on save.";

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        PartJson.TryString(context, context.Part, "Html", out _);
        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (ContentJson.Text(context.Part, "Html") is { } html)
        {
            context.Part["Html"] = renderer.Sanitize(html);
        }

        return ValueTask.CompletedTask;
    }
}
