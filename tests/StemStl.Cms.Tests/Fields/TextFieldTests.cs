using StemStl.Cms.Definitions;
using StemStl.ContentFields.Fields;

namespace StemStl.Cms.Tests.Fields;

public sealed class TextFieldTests
{
    [Fact]
    public async Task Validate_WhenTextIsANumber_FailsWithTypeCodeNamingString()
    {
        var field = new FieldHarness(new TextField(), """{"Text": 5}""");

        await field.ValidateAsync();

        var error = field.SingleError("type");
        Assert.Equal(FieldHarness.FieldPath, error.Path);
        Assert.Contains("JSON string", error.Message, StringComparison.Ordinal);
        Assert.Contains("a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenValueIsNotAnObject_FailsWithTypeCode()
    {
        var field = new FieldHarness(new TextField(), "\"just a string\"");

        await field.ValidateAsync();

        Assert.Contains("JSON object", field.SingleError("type").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{"Text": "   "}""")]
    [InlineData("""{"Text": null}""")]
    public async Task Validate_WhenRequiredTextIsMissing_FailsWithRequired(string? value)
    {
        var field = new FieldHarness(new TextField(), value, """{"Required": true}""");

        await field.ValidateAsync();

        field.SingleError("required");
    }

    [Fact]
    public async Task Validate_WhenOptionalTextIsMissing_Passes()
    {
        var field = new FieldHarness(new TextField(), null);

        Assert.Empty(await field.ValidateAsync());
    }

    [Fact]
    public async Task Validate_WhenTextIsLongerThanMaxLength_Fails()
    {
        var field = new FieldHarness(new TextField(), """{"Text": "abcdef"}""", """{"MaxLength": 5}""");

        await field.ValidateAsync();

        Assert.Contains("at most 5", field.SingleError("maxLength").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("STEM-042", true)]
    [InlineData("STEM-42x", false)]
    [InlineData("xSTEM-042", false)]
    public async Task Validate_ChecksPatternAgainstTheWholeText(string text, bool valid)
    {
        var field = new FieldHarness(new TextField(), $$"""{"Text": "{{text}}"}""", """{"Pattern": "STEM-\\d{3}"}""");

        await field.ValidateAsync();

        Assert.Equal(valid, field.Errors.Count == 0);
    }

    [Fact]
    public async Task Validate_WhenPatternBacktracksCatastrophically_FailsInsteadOfHanging()
    {
        var text = new string('a', 40) + "!";
        var field = new FieldHarness(new TextField(), $$"""{"Text": "{{text}}"}""", """{"Pattern": "(a+)+b"}""");

        await field.ValidateAsync();

        Assert.Contains("too long", field.SingleError("pattern").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenTextIsNotAnOption_FailsListingTheOptions()
    {
        var field = new FieldHarness(new TextField(), """{"Text": "Purple"}""", """{"Options": ["Red", "Green"]}""");

        await field.ValidateAsync();

        Assert.Contains("Red, Green", field.SingleError("option").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseSettings_WhenNameIsMistyped_SuggestsTheKnownName()
    {
        var errors = FieldHarness.SettingsErrors(new TextField(), """{"MaxLenght": 5}""");

        var error = Assert.Single(errors);
        Assert.Equal("Types[0].Fields[0].Settings.MaxLenght", error.Path);
        Assert.Contains("did you mean 'MaxLength'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Pattern": "([a-z"}""")]
    [InlineData("""{"MaxLength": 0}""")]
    [InlineData("""{"Required": "yes"}""")]
    public void ParseSettings_WhenValueIsInvalid_IsRefused(string settings) =>
        Assert.NotEmpty(FieldHarness.SettingsErrors(new TextField(), settings));

    [Fact]
    public void ParseSettings_WhenPatternIsInvalid_SaysSo()
    {
        var error = Assert.Single(FieldHarness.SettingsErrors(new TextField(), """{"Pattern": "([a-z"}"""));

        Assert.Contains("not a valid regular expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_WritesTheTextAtTheFieldPath()
    {
        var field = new FieldHarness(new TextField(), """{"Text": "Robotics"}""");

        Assert.Equal([FieldIndexValue.ForText(FieldHarness.FieldPath, "Robotics")], field.Index());
    }

    [Fact]
    public void Index_WhenFieldIsEmpty_WritesNothing() =>
        Assert.Empty(new FieldHarness(new TextField(), "{}").Index());
}
