using StemStl.Cms.Definitions;
using StemStl.Contents.Title;

namespace StemStl.Cms.Tests.Parts;

public sealed class TitlePartTests
{
    [Fact]
    public async Task Normalize_SetsDisplayTextFromTheTrimmedTitle()
    {
        var part = new PartHarness(new TitlePart(), """{"TitlePart": {"Title": "  Robotics Workgroup "}}""");

        await part.NormalizeAsync();

        Assert.Equal("Robotics Workgroup", part.Item.DisplayText);
        Assert.Equal("Robotics Workgroup", part.Property("Title"));
    }

    [Fact]
    public async Task Validate_WhenTitleIsANumber_FailsWithTypeCodeAtTheTitle()
    {
        var part = new PartHarness(new TitlePart(), """{"TitlePart": {"Title": 42}}""");

        await part.ValidateAsync();

        Assert.Contains("JSON string", part.SingleError("type", "TitlePart.Title").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ByDefault_AcceptsAMissingTitle() =>
        Assert.Empty(await new PartHarness(new TitlePart()).ValidateAsync());

    [Fact]
    public async Task Validate_WhenRequiredAndBlank_FailsWithRequired()
    {
        var part = new PartHarness(new TitlePart(), """{"TitlePart": {"Title": " "}}""", """{"Required": true}""");

        await part.ValidateAsync();

        part.SingleError("required", "TitlePart.Title");
    }

    [Fact]
    public async Task Validate_WhenLongerThanMaxLength_Fails()
    {
        var part = new PartHarness(new TitlePart(), """{"TitlePart": {"Title": "abcdef"}}""", """{"MaxLength": 5}""");

        await part.ValidateAsync();

        part.SingleError("maxLength", "TitlePart.Title");
    }

    [Fact]
    public void ParseSettings_WhenNameIsMistyped_SuggestsTheKnownName()
    {
        var error = Assert.Single(PartHarness.SettingsErrors(new TitlePart(), """{"Requird": true}"""));

        Assert.Equal("Types[0].Parts[0].Settings.Requird", error.Path);
        Assert.Contains("did you mean 'Required'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_WritesTheTitle() =>
        Assert.Equal(
            [FieldIndexValue.ForText("TitlePart.Title", "Robotics")],
            new PartHarness(new TitlePart(), """{"TitlePart": {"Title": "Robotics"}}""").Index());
}
