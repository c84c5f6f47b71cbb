using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Rendering;

namespace StemStl.Cms.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];
    private static readonly string[] ForbiddenTags = ["script", "iframe", "object", "embed", "style", "form", "meta", "base", "link", "svg", "math", "frame", "frameset", "applet"];

    private readonly HtmlRenderer _renderer = new();

    public static TheoryData<string> HtmlPayloads => [.. XssCorpus.Html];

    public static TheoryData<string> MarkdownPayloads => [.. XssCorpus.Markdown];

    [Theory]
    [MemberData(nameof(HtmlPayloads))]
    public void Sanitize_RemovesEveryExecutablePart(string payload) => AssertInert(_renderer.Sanitize(payload));

    [Theory]
    [MemberData(nameof(HtmlPayloads))]
    public void RenderMarkdown_OfRawHtml_RemovesEveryExecutablePart(string payload) => AssertInert(_renderer.RenderMarkdown(payload));

    [Theory]
    [MemberData(nameof(MarkdownPayloads))]
    public void RenderMarkdown_RemovesEveryExecutablePart(string payload) => AssertInert(_renderer.RenderMarkdown(payload));

    [Fact]
    public void Corpus_HasAtLeastTwentyFivePayloads() => Assert.True(XssCorpus.Html.Length + XssCorpus.Markdown.Length >= 25);

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"java&#09;script:alert(1)\">x</a>")]
    [InlineData("<div style=\"width: expression(alert(1))\">x</div>")]
    [InlineData("<iframe></iframe>")]
    public void AssertInert_RecognisesAnUnsanitizedPayload(string payload) =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertInert(payload));

    [Fact]
    public void RenderMarkdown_KeepsOrdinaryFormatting()
    {
        var html = _renderer.RenderMarkdown("# Pathways\n\nSome **bold**, *italic*, `code` and ~~gone~~.\n\n- one\n- two\n\n> quoted");

        Assert.Contains("<h1 id=\"pathways\">Pathways</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>italic</em>", html, StringComparison.Ordinal);
        Assert.Contains("<code>code</code>", html, StringComparison.Ordinal);
        Assert.Contains("<del>gone</del>", html, StringComparison.Ordinal);
        Assert.Contains("<li>two</li>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderMarkdown_KeepsTablesWithAlignment()
    {
        var html = _renderer.RenderMarkdown("| Grade | Count |\n|:--|--:|\n| K-5 | 12 |");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th style=\"text-align: left\">Grade</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align: right\">12</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderMarkdown_KeepsHttpsImagesAndLinks()
    {
        var html = _renderer.RenderMarkdown("![Logo](https://stemstl.org/logo.png \"STEMSTL\") [Site](https://stemstl.org) [Mail](mailto:hi@stemstl.org)");

        Assert.Contains("<img src=\"https://stemstl.org/logo.png\" alt=\"Logo\" title=\"STEMSTL\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://stemstl.org\">Site</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:hi@stemstl.org\">Mail</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>after", "after")]
    [InlineData("<style>body { color: red }</style>after", "after")]
    [InlineData("<iframe src=\"https://evil.example\">fallback</iframe>after", "after")]
    [InlineData("<center>kept <b>words</b></center>", "kept <b>words</b>")]
    public void Sanitize_DropsCodeButKeepsTheTextOfHarmlessUnknownTags(string html, string expected) =>
        Assert.Equal(expected, _renderer.Sanitize(html));

    [Fact]
    public void Sanitize_DropsMailtoAsAnImageSource() =>
        Assert.DoesNotContain("mailto", _renderer.Sanitize("<img src=\"mailto:a@b.c\" alt=\"x\">"), StringComparison.Ordinal);

    [Fact]
    public void Sanitize_AddsNoopenerToLinksOpeningANewTab()
    {
        var html = _renderer.Sanitize("<a href=\"https://stemstl.org\" target=\"_blank\" rel=\"opener\">Site</a>");

        Assert.Equal("<a href=\"https://stemstl.org\" target=\"_blank\" rel=\"noopener noreferrer\">Site</a>", html);
    }

    [Fact]
    public void RenderMarkdown_KeepsTaskListsAsDisabledCheckboxes()
    {
        var html = _renderer.RenderMarkdown("- [x] done\n- [ ] todo");

        var document = new HtmlParser().ParseDocument(html);
        var boxes = document.QuerySelectorAll("input");
        Assert.Equal(2, boxes.Length);
        Assert.All(boxes, b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void Sanitize_RemovesInputsThatAreNotCheckboxes() =>
        Assert.DoesNotContain("input", _renderer.Sanitize("<p><input type=\"text\" value=\"x\"></p>"), StringComparison.Ordinal);

    [Fact]
    public void EmptyInput_GivesEmptyOutput()
    {
        Assert.Equal("", _renderer.RenderMarkdown(""));
        Assert.Equal("", _renderer.Sanitize(""));
    }

    [Fact]
    public void AddHtmlRenderer_RegistersOneSingletonAndKeepsAReplacement()
    {
        var services = new ServiceCollection().AddHtmlRenderer().AddHtmlRenderer();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IHtmlRenderer));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        using var provider = services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<IHtmlRenderer>(), provider.GetRequiredService<IHtmlRenderer>());
    }

    private static void AssertInert(string html)
    {
        var document = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        foreach (var element in document.Body!.Descendants<IElement>())
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenTags);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} kept in: {html}");
                Assert.NotEqual("srcdoc", attribute.Name);
                Assert.NotEqual("background", attribute.Name);
                if (attribute.Name is "href" or "src" or "cite" or "action" or "formaction")
                {
                    AssertSafeUrl(attribute.Value, html);
                }

                if (attribute.Name == "style")
                {
                    Assert.DoesNotContain("expression", attribute.Value, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain("url(", attribute.Value, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    private static void AssertSafeUrl(string url, string html)
    {
        // Browsers ignore leading spaces and embedded tabs and line breaks when they read the scheme.
        var compact = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (slash < 0 || colon < slash);
        Assert.True(
            !hasScheme || SafeSchemes.Any(s => compact.StartsWith(s, StringComparison.OrdinalIgnoreCase)),
            $"unsafe URL '{url}' kept in: {html}");
    }
}
