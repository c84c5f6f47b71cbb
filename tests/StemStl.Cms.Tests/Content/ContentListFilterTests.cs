using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Content;

/// <summary>Counts over the whole store, so this test has a store of its own.</summary>
[Trait("Category", "Store")]
public sealed class ContentListFilterTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<ContentListPage> ListAsync(ContentListQuery query) => store.ListAsync(query);

    private Task<ContentItem> SaveAsync(ContentItem item, bool draft = false, string? owner = null) => store.SaveAsync(item, draft, owner);

    private static ContentItem Note(string title) => ContentListArrange.Note(title);

    [Fact]
    public async Task Query_FiltersByTypeTextStatusAndOwner_AndCountsBeforePaging()
    {
        var robotics = await SaveAsync(ContentStoreFixture.Article("Robotics club kit"));
        await SaveAsync(ContentStoreFixture.Article("Robotics 100% guide"), draft: true);
        await SaveAsync(ContentStoreFixture.Article("Soil science day"), owner: "user-a");
        await SaveAsync(Note("Robotics note"));

        var articles = await ListAsync(new ContentListQuery { ContentTypes = ["Article"], Take = 1 });
        Assert.Equal(3, articles.TotalCount);
        Assert.Single(articles.Items);
        Assert.Equal("Soil science day", articles.Items[0].DisplayText);

        var robotsEverywhere = await ListAsync(new ContentListQuery { Text = "ROBOTICS" });
        Assert.Equal(3, robotsEverywhere.TotalCount);

        var drafts = await ListAsync(new ContentListQuery { ContentTypes = ["Article"], Status = ContentListStatus.Draft });
        Assert.Equal("Robotics 100% guide", Assert.Single(drafts.Items).DisplayText);
        Assert.False(drafts.Items[0].HasPublishedVersion);

        var owned = await ListAsync(new ContentListQuery { Owner = "user-a" });
        Assert.Equal("Soil science day", Assert.Single(owned.Items).DisplayText);

        var published = await ListAsync(new ContentListQuery { ContentTypes = ["Article"], Status = ContentListStatus.Published, Sort = ContentListSort.DisplayTextAscending });
        Assert.Equal([robotics.ContentItemId, owned.Items[0].ContentItemId], published.Items.Select(i => i.ContentItemId));
    }
}
