using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace StemStl.Cms.Rendering;

/// <summary>
/// Markdown through Markdig, then everything through one strict allow-list sanitizer. Raw HTML inside Markdown is left to
/// Markdig and cleaned afterwards, so there is one place that decides what may reach a browser.
/// </summary>
internal sealed class HtmlRenderer : IHtmlRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly HtmlSanitizer _sanitizer;

    public HtmlRenderer()
    {
        _sanitizer = new HtmlSanitizer(SanitizerPolicy.Options()) { KeepChildNodes = true };
        _sanitizer.RemovingTag += (_, e) => SanitizerPolicy.BeforeRemoving(e.Tag);
        _sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = SanitizerPolicy.FilterUrl(e.Tag.LocalName, e.SanitizedUrl);
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                SanitizerPolicy.PostProcess(element);
            }
        };
    }

    public string RenderMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return markdown.Length == 0 ? "" : Sanitize(Markdown.ToHtml(markdown, _pipeline));
    }

    // HtmlSanitizer is thread-safe once configured, which is why one instance serves the whole process.
    public string Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Length == 0 ? "" : _sanitizer.Sanitize(html);
    }
}
