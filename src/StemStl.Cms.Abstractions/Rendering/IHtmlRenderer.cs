namespace StemStl.Cms.Rendering;

/// <summary>
/// Turns editor input into HTML that is safe to serve: Markdown through Markdig, and any HTML through a sanitizer
/// that strips scripts, event handlers and <c>javascript:</c> URLs.
/// </summary>
public interface IHtmlRenderer
{
    /// <summary>Renders Markdown and sanitizes the result.</summary>
    string RenderMarkdown(string markdown);

    /// <summary>Sanitizes HTML written by an editor.</summary>
    string Sanitize(string html);
}
