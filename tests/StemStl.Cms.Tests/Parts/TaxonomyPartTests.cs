using StemStl.Cms.Definitions;
using StemStl.Cms.Tests.Fields;
using StemStl.Contents.Taxonomies;

namespace StemStl.Cms.Tests.Parts;

public sealed class TaxonomyPartTests
{
    private static readonly ContentTypeDefinition Topic = TestItems.Type("Topic");

    [Fact]
    public async Task Normalize_GivesTermsTheirTypeDisplayTextAndTermPart()
    {
        var part = Taxonomy("""
            {"TermContentType": "Topic", "Terms": [
              {"ContentItemId": "robotics", "TitlePart": {"Title": " Robotics "}, "Terms": [
                {"ContentItemId": "drones", "TitlePart": {"Title": "Drones"}}
              ]}
            ]}
            """);

        await part.NormalizeAsync();

        var drones = part.Context.Part["Terms"]![0]!["Terms"]![0]!;
        Assert.Equal("Topic", drones["ContentType"]!.GetValue<string>());
        Assert.Equal("Drones", drones["DisplayText"]!.GetValue<string>());
        Assert.Equal("item-1", drones["TermPart"]!["TaxonomyContentItemId"]!.GetValue<string>());
        Assert.Equal("Robotics", part.Context.Part["Terms"]![0]!["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Validate_WhenATermIdRepeatsAtAnyDepth_FailsAtTheSecondOne()
    {
        var part = Taxonomy("""
            {"TermContentType": "Topic", "Terms": [
              {"ContentItemId": "robotics", "Terms": [{"ContentItemId": "robotics"}]}
            ]}
            """);

        await part.ValidateAsync();

        part.SingleError("duplicate", "TaxonomyPart.Terms[0].Terms[0].ContentItemId");
    }

    [Fact]
    public async Task Validate_WhenTermContentTypeIsMissing_FailsWithRequired()
    {
        var part = Taxonomy("""{"Terms": []}""");

        await part.ValidateAsync();

        part.SingleError("required", "TaxonomyPart.TermContentType");
    }

    [Fact]
    public async Task Validate_WhenTermContentTypeIsMistyped_SuggestsTheType()
    {
        var part = Taxonomy("""{"TermContentType": "Topik"}""");

        await part.ValidateAsync();

        Assert.Contains("did you mean 'Topic'", part.SingleError("reference", "TaxonomyPart.TermContentType").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenATermIsNotAnObject_FailsWithTypeCodeAtItsIndex()
    {
        var part = Taxonomy("""{"TermContentType": "Topic", "Terms": [{"ContentItemId": "a"}, "b"]}""");

        await part.ValidateAsync();

        part.SingleError("type", "TaxonomyPart.Terms[1]");
    }

    [Fact]
    public async Task Validate_WhenATermHasAnotherType_Fails()
    {
        var part = Taxonomy("""{"TermContentType": "Topic", "Terms": [{"ContentItemId": "a", "ContentType": "Article"}]}""");

        await part.ValidateAsync();

        part.SingleError("invalid", "TaxonomyPart.Terms[0].ContentType");
    }

    [Fact]
    public async Task Validate_WhenATermHasNoId_FailsWithRequired()
    {
        var part = Taxonomy("""{"TermContentType": "Topic", "Terms": [{"TitlePart": {"Title": "Nameless"}}]}""");

        await part.ValidateAsync();

        part.SingleError("required", "TaxonomyPart.Terms[0].ContentItemId");
    }

    [Fact]
    public async Task TermValidate_WhenTheTaxonomyExists_PassesAndIndexesIt()
    {
        var reader = new ItemsReader(TestItems.Item("topics", "Taxonomy", """{"TaxonomyPart": {"TermContentType": "Topic"}}"""));
        var part = new PartHarness(new TermPart(), """{"TermPart": {"TaxonomyContentItemId": "topics"}}""", null, reader);

        Assert.Empty(await part.ValidateAsync());
        Assert.Equal([FieldIndexValue.ForReference("TermPart.TaxonomyContentItemId", "topics")], part.Index());
    }

    [Fact]
    public async Task TermValidate_WhenTheTaxonomyIsMissingOrNotATaxonomy_FailsWithReference()
    {
        var reader = new ItemsReader(TestItems.Item("page-1", "Page"));
        var missing = new PartHarness(new TermPart(), """{"TermPart": {"TaxonomyContentItemId": "ghost"}}""", null, reader);
        var notTaxonomy = new PartHarness(new TermPart(), """{"TermPart": {"TaxonomyContentItemId": "page-1"}}""", null, reader);

        await missing.ValidateAsync();
        await notTaxonomy.ValidateAsync();

        missing.SingleError("reference", "TermPart.TaxonomyContentItemId");
        Assert.Contains("has no TaxonomyPart", notTaxonomy.SingleError("reference", "TermPart.TaxonomyContentItemId").Message, StringComparison.Ordinal);
    }

    private static PartHarness Taxonomy(string part) =>
        new(new TaxonomyPart(), $$"""{"TaxonomyPart": {{part}}}""", null, null, Topic);
}
