using StemStl.Cms.Definitions;
using StemStl.ContentFields.Fields;

namespace StemStl.Cms.Tests.Fields;

public sealed class ScalarFieldTests
{
    [Fact]
    public async Task NumericValidate_WhenValueIsAString_FailsWithTypeCodeNamingNumber()
    {
        var field = new FieldHarness(new NumericField(), """{"Value": "abc"}""");

        await field.ValidateAsync();

        var error = field.SingleError("type");
        Assert.Contains("'Value' must be a JSON number, but it is a string", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4", true)]
    [InlineData("-1", false)]
    [InlineData("11", false)]
    [InlineData("10", true)]
    public async Task NumericValidate_ChecksMinimumAndMaximum(string value, bool valid)
    {
        var field = new FieldHarness(new NumericField(), $$"""{"Value": {{value}}}""", """{"Minimum": 0, "Maximum": 10}""");

        await field.ValidateAsync();

        Assert.Equal(valid, field.Errors.Count == 0);
    }

    [Theory]
    [InlineData("3", 0, true)]
    [InlineData("3.5", 0, false)]
    [InlineData("3.25", 2, true)]
    [InlineData("0.3", 1, true)]
    [InlineData("3.125", 2, false)]
    public async Task NumericValidate_ChecksScale(string value, int scale, bool valid)
    {
        var field = new FieldHarness(new NumericField(), $$"""{"Value": {{value}}}""", $$"""{"Scale": {{scale}}}""");

        await field.ValidateAsync();

        Assert.Equal(valid, field.Errors.Count == 0);
    }

    [Fact]
    public async Task NumericValidate_WhenRequiredAndNull_FailsWithRequired()
    {
        var field = new FieldHarness(new NumericField(), """{"Value": null}""", """{"Required": true}""");

        await field.ValidateAsync();

        field.SingleError("required");
    }

    [Fact]
    public void NumericIndex_WritesANumberRow() =>
        Assert.Equal(
            [FieldIndexValue.ForNumber(FieldHarness.FieldPath, 42.5)],
            new FieldHarness(new NumericField(), """{"Value": 42.5}""").Index());

    [Fact]
    public void NumericParseSettings_WhenMinimumIsAString_IsRefused() =>
        Assert.Single(FieldHarness.SettingsErrors(new NumericField(), """{"Minimum": "0"}"""));

    [Fact]
    public async Task BooleanValidate_WhenValueIsAString_FailsWithTypeCode()
    {
        var field = new FieldHarness(new BooleanField(), """{"Value": "true"}""");

        await field.ValidateAsync();

        Assert.Contains("JSON boolean", field.SingleError("type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BooleanValidate_WhenRequiredAndMissing_FailsButFalseIsAValue()
    {
        var missing = new FieldHarness(new BooleanField(), "{}", """{"Required": true}""");
        var no = new FieldHarness(new BooleanField(), """{"Value": false}""", """{"Required": true}""");

        await missing.ValidateAsync();

        missing.SingleError("required");
        Assert.Empty(await no.ValidateAsync());
    }

    [Fact]
    public void BooleanIndex_WritesABooleanRow() =>
        Assert.Equal(
            [FieldIndexValue.ForBoolean(FieldHarness.FieldPath, false)],
            new FieldHarness(new BooleanField(), """{"Value": false}""").Index());

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01/05/2026")]
    [InlineData("2026-05-01T10:00:00Z")]
    public async Task DateValidate_WhenNotADate_FailsWithFormat(string value)
    {
        var field = new FieldHarness(new DateField(), $$"""{"Value": "{{value}}"}""");

        await field.ValidateAsync();

        Assert.Contains("yyyy-MM-dd", field.SingleError("format").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateValidate_WhenValueIsANumber_FailsWithTypeCode()
    {
        var field = new FieldHarness(new DateField(), """{"Value": 20260501}""");

        await field.ValidateAsync();

        field.SingleError("type");
    }

    [Theory]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public async Task DateValidate_ChecksTheRange(string value, bool valid)
    {
        var field = new FieldHarness(new DateField(), $$"""{"Value": "{{value}}"}""", """{"Minimum": "2026-05-01", "Maximum": "2026-06-30"}""");

        await field.ValidateAsync();

        Assert.Equal(valid, field.Errors.Count == 0);
    }

    [Fact]
    public void DateIndex_WritesMidnightUtc() =>
        Assert.Equal(
            [FieldIndexValue.ForDate(FieldHarness.FieldPath, new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc))],
            new FieldHarness(new DateField(), """{"Value": "2026-05-01"}""").Index());

    [Fact]
    public async Task DateTimeNormalize_ConvertsAnOffsetToUtc()
    {
        var field = new FieldHarness(new DateTimeField(), """{"Value": "2026-05-01T09:30:00-05:00"}""");

        await field.NormalizeAsync();

        Assert.Equal("2026-05-01T14:30:00Z", field.Value["Value"]!.GetValue<string>());
        var row = Assert.Single(field.Index());
        Assert.Equal(new DateTime(2026, 5, 1, 14, 30, 0, DateTimeKind.Utc), row.Date);
        Assert.Equal(DateTimeKind.Utc, row.Date!.Value.Kind);
    }

    [Fact]
    public async Task DateTimeNormalize_ReadsAValueWithoutOffsetAsUtc()
    {
        var field = new FieldHarness(new DateTimeField(), """{"Value": "2026-05-01T14:30"}""");

        await field.NormalizeAsync();

        Assert.Equal("2026-05-01T14:30:00Z", field.Value["Value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("May 1 2026 10:00")]
    public async Task DateTimeValidate_WhenNotIso8601_FailsWithFormat(string value)
    {
        var field = new FieldHarness(new DateTimeField(), $$"""{"Value": "{{value}}"}""");

        await field.ValidateAsync();

        field.SingleError("format");
    }

    [Fact]
    public async Task DateTimeValidate_WhenBeforeMinimum_FailsWithRange()
    {
        var field = new FieldHarness(new DateTimeField(), """{"Value": "2025-12-31T23:59:59Z"}""", """{"Minimum": "2026-01-01T00:00:00Z"}""");

        await field.ValidateAsync();

        field.SingleError("range");
    }

    [Fact]
    public void DateTimeParseSettings_WhenMinimumIsNotIso8601_IsRefused()
    {
        var error = Assert.Single(FieldHarness.SettingsErrors(new DateTimeField(), """{"Minimum": "next spring"}"""));

        Assert.Equal("Types[0].Fields[0].Settings.Minimum", error.Path);
    }
}
