using StemStl.Cms.Rendering;
using StemStl.Contents.Bodies;

namespace StemStl.Cms.Tests.Parts;

public sealed class BodyPartTests
{
    private readonly HtmlRenderer _renderer = new();

    [Fact]
    public async Task MarkdownBodyNormalize_RendersSanitizedHtml()
    {
        var part = new PartHarness(
            new MarkdownBodyPart(_renderer),
            """{"MarkdownBodyPart": {"Markdown": "Join **STEM Week** [here](javascript:alert(1))", "Html": "<script>forged()</script>"}}""");

        await part.NormalizeAsync();

        var html = part.Property("Html")!;
        Assert.Contains("<strong>STEM Week</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.DoesNotContain("forged", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownBodyNormalize_WhenMarkdownIsRemoved_ClearsTheHtml()
    {
        var part = new PartHarness(new MarkdownBodyPart(_renderer), """{"MarkdownBodyPart": {"Html": "<p>stale</p>"}}""");

        await part.NormalizeAsync();

        Assert.Null(part.Property("Html"));
    }

    [Fact]
    public async Task MarkdownBodyValidate_WhenMarkdownIsANumber_FailsWithTypeCode()
    {
        var part = new PartHarness(new MarkdownBodyPart(_renderer), """{"MarkdownBodyPart": {"Markdown": 3}}""");

        await part.ValidateAsync();

        part.SingleError("type", "MarkdownBodyPart.Markdown");
    }

    [Fact]
    public async Task HtmlBodyNormalize_SanitizesTheHtml()
    {
        var part = new PartHarness(new HtmlBodyPart(_renderer), """{"HtmlBodyPart": {"Html": "<p>Hi</p><img src=x onerror=alert(1)>"}}""");

        await part.NormalizeAsync();

        Assert.Equal("<p>Hi</p><img src=\"x\">", part.Property("Html"));
    }

    [Fact]
    public async Task HtmlBodyValidate_WhenHtmlIsAnArray_FailsWithTypeCode()
    {
        var part = new PartHarness(new HtmlBodyPart(_renderer), """{"HtmlBodyPart": {"Html": ["<p>"]}}""");

        await part.ValidateAsync();

        part.SingleError("type", "HtmlBodyPart.Html");
    }
}
