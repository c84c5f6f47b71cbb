using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Content;

/// <summary>Counts over the whole store, so this test has a store of its own.</summary>
[Trait("Category", "Store")]
public sealed class ContentListFilterTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<ContentListPage> ListAsync(ContentListQuery query) =>
        store.InScopeAsync(sp => sp.GetRequiredService<IContentList>().QueryAsync(query, Ct));

    private async Task<ContentItem> SaveAsync(ContentItem item, bool draft = false, string? owner = null)
    {
        item.Owner = owner;
        item.Published = !draft;
        var result = owner is null
            ? await store.WithManagerAsync(m => m.CreateAsync(item, draft, Ct))
            : await store.WithManagerAsync(m => m.ImportAsync(item, Ct));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        return result.Item!;
    }

    private static ContentItem Note(string title)
    {
        var item = new ContentItem { ContentType = "Note" };
        item.Part("TestTitlePart")["Title"] = title;
        return item;
    }

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
