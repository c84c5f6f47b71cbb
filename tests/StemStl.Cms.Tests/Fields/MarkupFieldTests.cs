using StemStl.Cms.Definitions;
using StemStl.Cms.Rendering;
using StemStl.ContentFields.Fields;

namespace StemStl.Cms.Tests.Fields;

public sealed class MarkupFieldTests
{
    private readonly HtmlRenderer _renderer = new();

    [Fact]
    public async Task MarkdownNormalize_RendersSanitizedHtmlAndIgnoresHtmlSentByTheClient()
    {
        var field = new FieldHarness(
            new MarkdownField(_renderer),
            """{"Markdown": "**Bold** <script>alert(1)</script>", "Html": "<b onclick=\"x()\">forged</b>"}""");

        await field.NormalizeAsync();

        var html = field.Value["Html"]!.GetValue<string>();
        Assert.Contains("<strong>Bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("forged", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownValidate_WhenMarkdownIsAnArray_FailsWithTypeCode()
    {
        var field = new FieldHarness(new MarkdownField(_renderer), """{"Markdown": ["a"]}""");

        await field.ValidateAsync();

        Assert.Contains("'Markdown' must be a JSON string", field.SingleError("type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownValidate_WhenRequiredAndEmpty_FailsWithRequired()
    {
        var field = new FieldHarness(new MarkdownField(_renderer), """{"Markdown": ""}""", """{"Required": true}""");

        await field.ValidateAsync();

        field.SingleError("required");
    }

    [Fact]
    public void MarkdownIndex_WritesTheMarkdownSource()
    {
        var field = new FieldHarness(new MarkdownField(_renderer), """{"Markdown": "# Pathways"}""");

        Assert.Equal([FieldIndexValue.ForText(FieldHarness.FieldPath, "# Pathways")], field.Index());
    }

    [Fact]
    public async Task HtmlNormalize_SanitizesTheHtml()
    {
        var field = new FieldHarness(new HtmlField(_renderer), """{"Html": "<p onmouseover=\"steal()\">Hi <a href=\"javascript:alert(1)\">x</a></p>"}""");

        await field.NormalizeAsync();

        var html = field.Value["Html"]!.GetValue<string>();
        Assert.Contains("Hi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlValidate_WhenHtmlIsABoolean_FailsWithTypeCode()
    {
        var field = new FieldHarness(new HtmlField(_renderer), """{"Html": true}""");

        await field.ValidateAsync();

        Assert.Contains("a boolean", field.SingleError("type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlValidate_WhenRequiredAndMissing_FailsWithRequired()
    {
        var field = new FieldHarness(new HtmlField(_renderer), null, """{"Required": true}""");

        await field.ValidateAsync();

        field.SingleError("required");
    }
}
