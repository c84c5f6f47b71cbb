using StemStl.Cms.Definitions;
using StemStl.ContentFields.Fields;

namespace StemStl.Cms.Tests.Fields;

public sealed class LinkFieldTests
{
    [Theory]
    [InlineData("https://stemstl.org/pathways")]
    [InlineData("http://example.org")]
    [InlineData("mailto:hello@stemstl.org")]
    [InlineData("/resources/robotics")]
    [InlineData("resources/robotics?x=1#top")]
    public async Task Validate_AcceptsWebMailAndRelativeUrls(string url)
    {
        var field = new FieldHarness(new LinkField(), $$"""{"Url": "{{url}}", "Text": "Go"}""");

        Assert.Empty(await field.ValidateAsync());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\\tscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("ftp://example.org/file")]
    public async Task Validate_RefusesSchemesOutsideTheAllowedList(string url)
    {
        var field = new FieldHarness(new LinkField(), $$"""{"Url": "{{url}}"}""");

        await field.ValidateAsync();

        field.SingleError("url");
    }

    [Fact]
    public void ParseSettings_WhenAllowedSchemesIncludeJavascript_IsRefused()
    {
        var error = Assert.Single(FieldHarness.SettingsErrors(new LinkField(), """{"AllowedSchemes": ["https", "javascript"]}"""));

        Assert.Contains("may not include javascript", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenSettingsAllowFtp_AcceptsFtp()
    {
        var field = new FieldHarness(new LinkField(), """{"Url": "ftp://example.org/file"}""", """{"AllowedSchemes": ["ftp"]}""");

        Assert.Empty(await field.ValidateAsync());
    }

    [Fact]
    public async Task Validate_WhenTextIsRequiredAndMissing_FailsWithRequired()
    {
        var field = new FieldHarness(new LinkField(), """{"Url": "https://stemstl.org"}""", """{"RequireText": true}""");

        await field.ValidateAsync();

        Assert.Contains("link text", field.SingleError("required").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenUrlIsRequiredAndMissing_FailsWithRequired()
    {
        var field = new FieldHarness(new LinkField(), """{"Text": "Orphan text"}""", """{"Required": true}""");

        await field.ValidateAsync();

        field.SingleError("required");
    }

    [Fact]
    public async Task Validate_WhenUrlAndTextHaveWrongTypes_ReportsBoth()
    {
        var field = new FieldHarness(new LinkField(), """{"Url": 1, "Text": false}""");

        await field.ValidateAsync();

        Assert.Equal(["type", "type"], field.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task Validate_WhenTargetIsUnknown_Fails()
    {
        var field = new FieldHarness(new LinkField(), """{"Url": "https://stemstl.org", "Target": "evil"}""");

        await field.ValidateAsync();

        field.SingleError("invalid");
    }

    [Fact]
    public async Task NormalizeAndIndex_TrimTheUrl()
    {
        var field = new FieldHarness(new LinkField(), """{"Url": "  https://stemstl.org  ", "Target": "_blank"}""");

        await field.NormalizeAsync();

        Assert.Equal("https://stemstl.org", field.Value["Url"]!.GetValue<string>());
        Assert.Equal([FieldIndexValue.ForText(FieldHarness.FieldPath, "https://stemstl.org")], field.Index());
    }
}
