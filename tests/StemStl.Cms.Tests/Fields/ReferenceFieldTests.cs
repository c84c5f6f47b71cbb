using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Fields;

namespace StemStl.Cms.Tests.Fields;

public sealed class ReferenceFieldTests
{
    private const string Taxonomy = """
        {"TaxonomyPart": {"TermContentType": "Topic", "Terms": [
          {"ContentItemId": "robotics", "ContentType": "Topic", "Terms": [
            {"ContentItemId": "drones", "ContentType": "Topic"}
          ]},
          {"ContentItemId": "biology", "ContentType": "Topic"}
        ]}}
        """;

    private readonly ItemsReader _reader = new(
        TestItems.Item("wg-1", "Workgroup"),
        TestItems.Item("res-1", "Resource"),
        TestItems.Item("topics", "Taxonomy", Taxonomy, "Topics"));

    [Fact]
    public async Task PickerValidate_WhenEveryIdExistsWithAnAllowedType_Passes()
    {
        var field = new FieldHarness(new ContentPickerField(), """{"ContentItemIds": ["wg-1"]}""", """{"DisplayedContentTypes": ["Workgroup"]}""", _reader);

        Assert.Empty(await field.ValidateAsync());
        Assert.Equal([VersionOptions.Latest], _reader.Requests);
    }

    [Fact]
    public async Task PickerValidate_WhenAnIdDoesNotExist_FailsWithReference()
    {
        var field = new FieldHarness(new ContentPickerField(), """{"ContentItemIds": ["wg-1", "ghost"]}""", """{"Multiple": true}""", _reader);

        await field.ValidateAsync();

        Assert.Contains("'ghost' does not exist", field.SingleError("reference").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickerValidate_WhenAnItemHasADisallowedType_FailsNamingTheTypes()
    {
        var field = new FieldHarness(new ContentPickerField(), """{"ContentItemIds": ["res-1"]}""", """{"DisplayedContentTypes": ["Workgroup"]}""", _reader);

        await field.ValidateAsync();

        Assert.Contains("is a Resource; this field accepts only Workgroup", field.SingleError("contentType").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickerValidate_WhenSinglePickerGetsTwo_Fails()
    {
        var field = new FieldHarness(new ContentPickerField(), """{"ContentItemIds": ["wg-1", "res-1"]}""", null, _reader);

        await field.ValidateAsync();

        field.SingleError("multiple");
    }

    [Fact]
    public async Task PickerValidate_WhenIdsIsAString_FailsWithTypeCode()
    {
        var field = new FieldHarness(new ContentPickerField(), """{"ContentItemIds": "wg-1"}""", null, _reader);

        await field.ValidateAsync();

        Assert.Contains("array of strings", field.SingleError("type").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickerValidate_WhenRequiredAndEmpty_FailsWithRequired()
    {
        var field = new FieldHarness(new ContentPickerField(), """{"ContentItemIds": []}""", """{"Required": true}""", _reader);

        await field.ValidateAsync();

        field.SingleError("required");
    }

    [Fact]
    public void PickerIndex_WritesOneReferencePerId() =>
        Assert.Equal(
            [FieldIndexValue.ForReference(FieldHarness.FieldPath, "wg-1"), FieldIndexValue.ForReference(FieldHarness.FieldPath, "res-1")],
            new FieldHarness(new ContentPickerField(), """{"ContentItemIds": ["wg-1", "res-1"]}""").Index());

    [Fact]
    public async Task TaxonomyValidate_WhenTermsAreInTheTree_PassesAndNormalizeNamesTheTaxonomy()
    {
        var field = new FieldHarness(new TaxonomyField(), """{"TermContentItemIds": ["drones", "biology"]}""", """{"TaxonomyContentItemId": "topics"}""", _reader);

        await field.NormalizeAsync();

        Assert.Equal("topics", field.Value["TaxonomyContentItemId"]!.GetValue<string>());
        Assert.Equal(
            [
                FieldIndexValue.ForReference(FieldHarness.FieldPath, "drones"),
                FieldIndexValue.ForReference(FieldHarness.FieldPath, "biology"),
                FieldIndexValue.ForReference("Article.Focus.Taxonomy", "topics"),
            ],
            field.Index());
    }

    [Fact]
    public async Task TaxonomyValidate_WhenATermIsNotInTheTaxonomy_FailsWithReference()
    {
        var field = new FieldHarness(new TaxonomyField(), """{"TermContentItemIds": ["chemistry"]}""", """{"TaxonomyContentItemId": "topics"}""", _reader);

        await field.ValidateAsync();

        Assert.Contains("'chemistry' is not in taxonomy 'Topics'", field.SingleError("reference").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaxonomyValidate_WhenTheItemNamesAnotherTaxonomy_Fails()
    {
        var field = new FieldHarness(
            new TaxonomyField(),
            """{"TaxonomyContentItemId": "grades", "TermContentItemIds": ["biology"]}""",
            """{"TaxonomyContentItemId": "topics"}""",
            _reader);

        await field.ValidateAsync();

        Assert.Contains("'grades' is not this field's taxonomy 'topics'", field.SingleError("invalid").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaxonomyValidate_WhenUniqueFieldGetsTwoTerms_Fails()
    {
        var field = new FieldHarness(
            new TaxonomyField(),
            """{"TermContentItemIds": ["drones", "biology"]}""",
            """{"TaxonomyContentItemId": "topics", "Unique": true}""",
            _reader);

        await field.ValidateAsync();

        field.SingleError("multiple");
    }

    [Fact]
    public async Task TaxonomyValidate_WhenLeavesOnlyAndTermHasChildren_Fails()
    {
        var field = new FieldHarness(
            new TaxonomyField(),
            """{"TermContentItemIds": ["robotics"]}""",
            """{"TaxonomyContentItemId": "topics", "LeavesOnly": true}""",
            _reader);

        await field.ValidateAsync();

        field.SingleError("invalid");
    }

    [Fact]
    public async Task TaxonomyValidate_WhenTheTaxonomyDoesNotExist_FailsWithReference()
    {
        var field = new FieldHarness(new TaxonomyField(), """{"TermContentItemIds": ["biology"]}""", """{"TaxonomyContentItemId": "gone"}""", _reader);

        await field.ValidateAsync();

        field.SingleError("reference");
    }

    [Fact]
    public async Task TaxonomyValidate_WhenSettingsNameNoTaxonomy_SaysWhatToSet()
    {
        var field = new FieldHarness(new TaxonomyField(), """{"TermContentItemIds": ["biology"]}""", null, _reader);

        await field.ValidateAsync();

        Assert.Contains("TaxonomyContentItemId", field.SingleError("settings").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaxonomyValidate_WhenRequiredAndNoTerms_FailsWithRequired()
    {
        var field = new FieldHarness(new TaxonomyField(), "{}", """{"TaxonomyContentItemId": "topics", "Required": true}""", _reader);

        await field.ValidateAsync();

        field.SingleError("required");
    }
}
