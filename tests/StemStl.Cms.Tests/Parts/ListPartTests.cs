using StemStl.Cms.Definitions;
using StemStl.Cms.Tests.Fields;
using StemStl.Contents.Lists;

namespace StemStl.Cms.Tests.Parts;

public sealed class ListPartTests
{
    private static readonly ContentTypeDefinition Blog = TestItems.Type(
        "Blog",
        new ContentTypePartDefinition("ListPart", "ListPart", TestItems.Json("""{"ContainedContentTypes": ["Article"], "PageSize": 20}""")));

    private static readonly ContentTypeDefinition Gallery = TestItems.Type(
        "Gallery",
        new ContentTypePartDefinition("ListPart", "ListPart", TestItems.Json("""{"ContainedContentTypes": ["Photo"]}""")));

    private static readonly ContentTypeDefinition Page = TestItems.Type("Page");

    private readonly ItemsReader _reader = new(
        TestItems.Item("blog-1", "Blog"),
        TestItems.Item("gallery-1", "Gallery"),
        TestItems.Item("page-1", "Page"));

    [Fact]
    public async Task Contained_WhenTheListAcceptsTheType_PassesAndIndexesListAndOrder()
    {
        var part = Contained("""{"ListContentItemId": "blog-1", "Order": 3}""");

        Assert.Empty(await part.ValidateAsync());
        Assert.Equal(
            [FieldIndexValue.ForReference("ContainedPart.ListContentItemId", "blog-1"), FieldIndexValue.ForNumber("ContainedPart.Order", 3)],
            part.Index());
    }

    [Fact]
    public async Task Contained_WhenTheListHoldsOtherTypes_FailsNamingThem()
    {
        var part = Contained("""{"ListContentItemId": "gallery-1"}""");

        await part.ValidateAsync();

        Assert.Contains("holds Photo, not Article", part.SingleError("invalid", "ContainedPart.ListContentItemId").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contained_WhenTheListDoesNotExist_FailsWithReference()
    {
        var part = Contained("""{"ListContentItemId": "ghost"}""");

        await part.ValidateAsync();

        part.SingleError("reference", "ContainedPart.ListContentItemId");
    }

    [Fact]
    public async Task Contained_WhenTheContainerIsNotAList_FailsWithReference()
    {
        var part = Contained("""{"ListContentItemId": "page-1"}""");

        await part.ValidateAsync();

        Assert.Contains("has no ListPart", part.SingleError("reference", "ContainedPart.ListContentItemId").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contained_WhenOrderIsFractional_Fails()
    {
        var part = Contained("""{"ListContentItemId": "blog-1", "Order": 1.5}""");

        await part.ValidateAsync();

        part.SingleError("invalid", "ContainedPart.Order");
    }

    [Fact]
    public async Task Contained_WhenOrderIsAString_FailsWithTypeCode()
    {
        var part = Contained("""{"ListContentItemId": "blog-1", "Order": "first"}""");

        await part.ValidateAsync();

        part.SingleError("type", "ContainedPart.Order");
    }

    [Theory]
    [InlineData("""{"PageSize": 0}""")]
    [InlineData("""{"PageSize": "10"}""")]
    [InlineData("""{"ContainedTypes": ["Article"]}""")]
    public void ListParseSettings_RefusesBadSettings(string settings) =>
        Assert.Single(PartHarness.SettingsErrors(new ListPart(), settings));

    private PartHarness Contained(string part) =>
        new(new ContainedPart(), $$"""{"ContainedPart": {{part}}}""", null, _reader, Blog, Gallery, Page);
}
