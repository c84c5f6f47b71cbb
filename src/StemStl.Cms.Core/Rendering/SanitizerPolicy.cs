using AngleSharp.Dom;
using Ganss.Xss;

namespace StemStl.Cms.Rendering;

/// <summary>
/// What editor HTML may keep: formatting, lists, tables, links and images. Everything else (scripts, frames, objects,
/// forms, meta, event handlers, non-web URL schemes) is dropped, because the output is served to every front end as is.
/// </summary>
internal static class SanitizerPolicy
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins",
        "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
    ];

    private static readonly string[] Attributes =
    [
        "abbr", "align", "alt", "checked", "cite", "class", "colspan", "datetime", "dir", "disabled", "height", "href", "id",
        "lang", "open", "rel", "reversed", "rowspan", "scope", "span", "src", "start", "style", "target", "title", "type", "width",
    ];

    // No data:, javascript: or vbscript: anywhere; mailto: only where a person clicks, never as an image source.
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    private static readonly string[] CssProperties =
    [
        "background-color", "color", "font-style", "font-weight", "height", "text-align", "text-decoration", "vertical-align", "width",
    ];

    // Tags whose content is code, markup for another parser, or form state: when the tag goes, its content goes too,
    // so "<script>alert(1)</script>" leaves nothing behind rather than the text "alert(1)".
    private static readonly HashSet<string> Opaque = new(
        ["applet", "embed", "frame", "frameset", "head", "iframe", "math", "noembed", "noframes", "noscript", "object", "script",
         "select", "style", "svg", "template", "textarea", "title", "xmp"],
        StringComparer.OrdinalIgnoreCase);

    public static HtmlSanitizerOptions Options() => new()
    {
        AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(CssProperties, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
    };

    /// <summary>Other removed tags keep their text (an unknown wrapper should not eat an editor's words); opaque ones do not.</summary>
    public static void BeforeRemoving(IElement tag)
    {
        if (Opaque.Contains(tag.LocalName))
        {
            tag.TextContent = "";
        }
    }

    public static string? FilterUrl(string tag, string? url) =>
        url is not null && tag == "img" && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? null : url;

    public static void PostProcess(IElement element)
    {
        switch (element.LocalName)
        {
            case "a" when string.Equals(element.GetAttribute("target"), "_blank", StringComparison.OrdinalIgnoreCase):
                // A page opened in a new tab must not get a handle on ours (reverse tabnabbing).
                element.SetAttribute("rel", "noopener noreferrer");
                break;
            case "input" when !string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                // Inputs are kept only for Markdown task lists: read-only checkboxes.
                element.Remove();
                break;
            case "input":
                element.SetAttribute("disabled", "disabled");
                break;
        }
    }
}
