using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ContentListTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
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
    public async Task Query_WithWildcardCharactersInText_MatchesThemLiterally()
    {
        await SaveAsync(Note("Half_and_half"));
        await SaveAsync(Note("Halfway"));

        var page = await ListAsync(new ContentListQuery { ContentTypes = ["Note"], Text = "f_a" });

        Assert.Equal("Half_and_half", Assert.Single(page.Items).DisplayText);
    }

    [Fact]
    public async Task Query_ForDraftOfPublished_ListsTheDraftOnceAndKnowsItWasPublished()
    {
        var item = await SaveAsync(ContentStoreFixture.Article("Family STEM night"));
        item.Part("TestTitlePart")["Title"] = "Family STEM night (updated)";
        var updated = await store.WithManagerAsync(m => m.UpdateAsync(item, draft: true, Ct));
        Assert.True(updated.Succeeded);

        var page = await ListAsync(new ContentListQuery { ContentTypes = ["Article"], Status = ContentListStatus.DraftOfPublished });

        var entry = Assert.Single(page.Items, i => i.ContentItemId == item.ContentItemId);
        Assert.Equal("Family STEM night (updated)", entry.DisplayText);
        Assert.False(entry.Published);
        Assert.True(entry.HasPublishedVersion);
    }

    [Fact]
    public async Task Query_ForScheduled_ListsOnlyItemsWithAPublishOrUnpublishTime()
    {
        var later = ContentStoreFixture.Article("Celebration week launch");
        later.Part("PublishLaterPart")["ScheduledPublishUtc"] = store.Clock.Now.AddDays(3).UtcDateTime;
        var scheduled = await SaveAsync(later, draft: true);
        await SaveAsync(ContentStoreFixture.Article("Not scheduled"), draft: true);

        var page = await ListAsync(new ContentListQuery { Status = ContentListStatus.Scheduled });

        Assert.Equal(scheduled.ContentItemId, Assert.Single(page.Items).ContentItemId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ContentListQuery.MaxTake + 1)]
    public async Task Query_WithPageSizeOutOfBounds_IsRefused(int take)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ListAsync(new ContentListQuery { Take = take }));
    }
}
