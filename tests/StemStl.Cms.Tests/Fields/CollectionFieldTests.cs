using StemStl.Cms.Definitions;
using StemStl.ContentFields.Fields;

namespace StemStl.Cms.Tests.Fields;

public sealed class CollectionFieldTests
{
    [Fact]
    public async Task GeoPointValidate_WhenOutOfRange_ReportsEachCoordinate()
    {
        var field = new FieldHarness(new GeoPointField(), """{"Latitude": 91, "Longitude": -181}""");

        await field.ValidateAsync();

        Assert.Equal(2, field.Errors.Count(e => e.Code == "range"));
    }

    [Fact]
    public async Task GeoPointValidate_WhenOnlyOneCoordinateIsGiven_Fails()
    {
        var field = new FieldHarness(new GeoPointField(), """{"Latitude": 38.63}""");

        await field.ValidateAsync();

        Assert.Contains("Longitude", field.SingleError("required").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeoPointValidate_WhenLatitudeIsAString_FailsWithTypeCode()
    {
        var field = new FieldHarness(new GeoPointField(), """{"Latitude": "38.63", "Longitude": -90.2}""");

        await field.ValidateAsync();

        field.SingleError("type");
    }

    [Fact]
    public void GeoPointIndex_WritesLatitudeAndLongitudeRows() =>
        Assert.Equal(
            [
                FieldIndexValue.ForNumber("Article.Focus.Latitude", 38.63),
                FieldIndexValue.ForNumber("Article.Focus.Longitude", -90.2),
            ],
            new FieldHarness(new GeoPointField(), """{"Latitude": 38.63, "Longitude": -90.2}""").Index());

    [Fact]
    public async Task MultiTextValidate_WhenAValueIsNotAnOption_NamesIt()
    {
        var field = new FieldHarness(new MultiTextField(), """{"Values": ["K-5", "College"]}""", """{"Options": ["K-5", "6-8", "9-12"]}""");

        await field.ValidateAsync();

        Assert.Contains("'College' is not among", field.SingleError("option").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiTextValidate_WhenSingleChoiceGetsTwo_Fails()
    {
        var field = new FieldHarness(new MultiTextField(), """{"Values": ["a", "b"]}""", """{"Multiple": false}""");

        await field.ValidateAsync();

        field.SingleError("multiple");
    }

    [Fact]
    public async Task MultiTextValidate_WhenAnElementIsANumber_FailsNamingTheIndex()
    {
        var field = new FieldHarness(new MultiTextField(), """{"Values": ["a", 2]}""");

        await field.ValidateAsync();

        Assert.Contains("'Values[1]' must be a JSON string", field.SingleError("type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiTextValidate_WhenRequiredAndEmpty_FailsWithRequired()
    {
        var field = new FieldHarness(new MultiTextField(), """{"Values": []}""", """{"Required": true}""");

        await field.ValidateAsync();

        field.SingleError("required");
    }

    [Fact]
    public void MultiTextIndex_WritesOneTextRowPerValue() =>
        Assert.Equal(
            [FieldIndexValue.ForText(FieldHarness.FieldPath, "K-5"), FieldIndexValue.ForText(FieldHarness.FieldPath, "6-8")],
            new FieldHarness(new MultiTextField(), """{"Values": ["K-5", "6-8"]}""").Index());

    [Theory]
    [InlineData("../secrets.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("images\\\\logo.png")]
    [InlineData("https://evil.example/x.png")]
    [InlineData("images//logo.png")]
    public async Task MediaValidate_WhenPathLeavesTheLibrary_Fails(string path)
    {
        var field = new FieldHarness(new MediaField(), $$"""{"Paths": ["{{path}}"]}""");

        await field.ValidateAsync();

        field.SingleError("path");
    }

    [Fact]
    public async Task MediaValidate_WhenExtensionIsNotAllowed_Fails()
    {
        var field = new FieldHarness(new MediaField(), """{"Paths": ["docs/plan.pdf", "images/logo.PNG"]}""", """{"AllowedExtensions": [".png", "jpg"]}""");

        await field.ValidateAsync();

        Assert.Contains("docs/plan.pdf", field.SingleError("path").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaValidate_WhenSingleFileFieldGetsTwo_Fails()
    {
        var field = new FieldHarness(new MediaField(), """{"Paths": ["a.png", "b.png"]}""", """{"Multiple": false}""");

        await field.ValidateAsync();

        field.SingleError("multiple");
    }

    [Fact]
    public async Task MediaValidate_WhenMoreTextsThanPaths_Fails()
    {
        var field = new FieldHarness(new MediaField(), """{"Paths": ["a.png"], "MediaTexts": ["one", "two"]}""");

        await field.ValidateAsync();

        field.SingleError("invalid");
    }

    [Fact]
    public void MediaIndex_WritesOneTextRowPerPath() =>
        Assert.Equal(
            [FieldIndexValue.ForText(FieldHarness.FieldPath, "a.png"), FieldIndexValue.ForText(FieldHarness.FieldPath, "b/c.jpg")],
            new FieldHarness(new MediaField(), """{"Paths": ["a.png", "b/c.jpg"], "MediaTexts": ["A"]}""").Index());
}
