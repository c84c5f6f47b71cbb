using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ContentListTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<ContentListPage> ListAsync(ContentListQuery query) => store.ListAsync(query);

    private Task<ContentItem> SaveAsync(ContentItem item, bool draft = false, string? owner = null) => store.SaveAsync(item, draft, owner);

    private static ContentItem Note(string title) => ContentListArrange.Note(title);

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
