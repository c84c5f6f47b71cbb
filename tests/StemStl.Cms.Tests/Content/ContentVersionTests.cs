using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ContentVersionTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ContentItem> CreateAsync(ContentItem item, bool draft = false)
    {
        var result = await store.WithManagerAsync(m => m.CreateAsync(item, draft, Ct));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Item!;
    }

    private async Task<ContentOperationResult> UpdateAsync(ContentItem item, bool draft) =>
        await store.WithManagerAsync(m => m.UpdateAsync(item, draft, Ct));

    private Task<IReadOnlyList<ContentItem>> VersionsAsync(string id) => store.WithManagerAsync(m => m.ListVersionsAsync(id, Ct));

    private static void AssertOneLatestAndAtMostOnePublished(IReadOnlyList<ContentItem> versions)
    {
        Assert.Single(versions, v => v.Latest);
        Assert.True(versions.Count(v => v.Published) <= 1);
    }

    [Fact]
    public async Task Create_WithoutDraft_PublishesVersionOneWithOwnerAuthorAndDates()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("First"));

        Assert.Equal(26, item.ContentItemId.Length);
        Assert.Equal(26, item.ContentItemVersionId.Length);
        Assert.Equal(1, item.Number);
        Assert.True(item.Latest && item.Published);
        Assert.Equal("First", item.DisplayText);
        Assert.Equal("system", item.Author);
        Assert.Equal(store.Clock.Now.UtcDateTime, item.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, item.PublishedUtc!.Value.Kind);
        var stored = await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Published, Ct));
        Assert.Equal("Sub", stored!.Content["Article"]!["Subtitle"]!["Text"]!.GetValue<string>());
        Assert.True(store.Log.Has($"AfterCommit:{item.ContentItemId}"));
    }

    [Fact]
    public async Task Update_WithDraftOnPublishedItem_CreatesSecondVersionBesideThePublishedOne()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Live"));
        item.Part("TestTitlePart")["Title"] = "Draft title";

        var result = await UpdateAsync(item, draft: true);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Item!.Number);
        Assert.True(result.Item.Latest);
        Assert.False(result.Item.Published);
        var published = await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Published, Ct));
        var draft = await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Draft, Ct));
        Assert.Equal("Live", published!.DisplayText);
        Assert.Equal("Draft title", draft!.DisplayText);
        AssertOneLatestAndAtMostOnePublished(await VersionsAsync(item.ContentItemId));
    }

    [Fact]
    public async Task Update_WithDraftOnExistingDraft_EditsTheDraftInPlace()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Live"));
        var draft = (await UpdateAsync(item, draft: true)).Item!;
        draft.Part("TestTitlePart")["Title"] = "Second edit";

        var again = await UpdateAsync(draft, draft: true);

        Assert.True(again.Succeeded);
        Assert.Equal(draft.ContentItemVersionId, again.Item!.ContentItemVersionId);
        Assert.Equal(2, (await VersionsAsync(item.ContentItemId)).Count);
    }

    [Fact]
    public async Task Update_AgainstStaleVersion_IsAConflictAndChangesNothing()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Original"));
        var first = item.Clone();
        first.Part("TestTitlePart")["Title"] = "Writer one";
        Assert.True((await UpdateAsync(first, draft: true)).Succeeded);
        var stale = item.Clone();
        stale.Part("TestTitlePart")["Title"] = "Writer two";

        var result = await UpdateAsync(stale, draft: true);

        Assert.Equal(ContentFailure.Conflict, result.Failure);
        Assert.Equal("ContentItemVersionId", Assert.Single(result.Errors).Path);
        var latest = await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Latest, Ct));
        Assert.Equal("Writer one", latest!.DisplayText);
    }

    [Fact]
    public async Task Update_FromTwoWritersAtOnce_LetsExactlyOneWin()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Race"));
        var tasks = Enumerable.Range(0, 4).Select(i =>
        {
            var copy = item.Clone();
            copy.Part("TestTitlePart")["Title"] = $"Writer {i}";
            return Task.Run(() => UpdateAsync(copy, draft: true), Ct);
        }).ToList();

        var results = await Task.WhenAll(tasks);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ContentFailure.Conflict, r.Failure));
        var versions = await VersionsAsync(item.ContentItemId);
        Assert.Equal(2, versions.Count);
        AssertOneLatestAndAtMostOnePublished(versions);
    }

    [Fact]
    public async Task Update_OfNonVersionableType_EditsInPlace()
    {
        var note = new ContentItem { ContentType = "Note" };
        note.Part("TestTitlePart")["Title"] = "Note";
        var created = await CreateAsync(note);
        created.Part("TestTitlePart")["Title"] = "Note edited";

        var result = await UpdateAsync(created, draft: true);

        Assert.True(result.Succeeded);
        Assert.Equal(created.ContentItemVersionId, result.Item!.ContentItemVersionId);
        Assert.True(result.Item.Published);
        Assert.Single(await VersionsAsync(created.ContentItemId));
    }

    [Fact]
    public async Task Create_OfNonDraftableType_PublishesEvenWhenADraftIsAsked()
    {
        var item = new ContentItem { ContentType = "Event" };
        item.Part("TestTitlePart")["Title"] = "Celebration";

        var created = await CreateAsync(item, draft: true);

        Assert.True(created.Published);
    }

    [Fact]
    public async Task Publish_WhenDraftExists_ReplacesPublishedVersion()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("V1"));
        item.Part("TestTitlePart")["Title"] = "V2";
        var draft = (await UpdateAsync(item, draft: true)).Item!;

        var result = await store.WithManagerAsync(m => m.PublishAsync(item.ContentItemId, Ct));

        Assert.True(result.Succeeded);
        var published = await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Published, Ct));
        Assert.Equal(draft.ContentItemVersionId, published!.ContentItemVersionId);
        Assert.True(published.Latest);
        var versions = await VersionsAsync(item.ContentItemId);
        AssertOneLatestAndAtMostOnePublished(versions);
        Assert.False(versions.Single(v => v.Number == 1).Published);
        Assert.True(store.Log.Has($"Published:{item.ContentItemId}"));
    }

    [Fact]
    public async Task Unpublish_TakesThePublishedVersionDown_AndTheItemStaysAsDraft()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Down"));

        var result = await store.WithManagerAsync(m => m.UnpublishAsync(item.ContentItemId, Ct));
        var again = await store.WithManagerAsync(m => m.UnpublishAsync(item.ContentItemId, Ct));

        Assert.True(result.Succeeded);
        Assert.Equal(ContentFailure.NotApplicable, again.Failure);
        Assert.Null(await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Published, Ct)));
        Assert.NotNull(await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Draft, Ct)));
    }

    [Fact]
    public async Task DiscardDraft_MakesThePublishedVersionLatestAgain_AndIsNotApplicableWithoutDraft()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Keep me"));
        item.Part("TestTitlePart")["Title"] = "Throw me away";
        Assert.True((await UpdateAsync(item, draft: true)).Succeeded);

        var discarded = await store.WithManagerAsync(m => m.DiscardDraftAsync(item.ContentItemId, Ct));
        var again = await store.WithManagerAsync(m => m.DiscardDraftAsync(item.ContentItemId, Ct));

        Assert.True(discarded.Succeeded);
        Assert.Equal(ContentFailure.NotApplicable, again.Failure);
        var latest = await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Latest, Ct));
        Assert.Equal("Keep me", latest!.DisplayText);
        Assert.True(latest.Published);
        Assert.Single(await VersionsAsync(item.ContentItemId));
    }

    [Fact]
    public async Task ListVersions_ReturnsNewestFirst_AndRestoreMakesOldContentANewDraft()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("One"));
        item.Part("TestTitlePart")["Title"] = "Two";
        var two = (await UpdateAsync(item, draft: false)).Item!;
        two.Part("TestTitlePart")["Title"] = "Three";
        Assert.True((await UpdateAsync(two, draft: false)).Succeeded);

        var versions = await VersionsAsync(item.ContentItemId);
        Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
        var restored = await store.WithManagerAsync(m => m.RestoreAsync(item.ContentItemId, versions[^1].ContentItemVersionId, Ct));

        Assert.True(restored.Succeeded);
        Assert.Equal(4, restored.Item!.Number);
        Assert.Equal("One", restored.Item.DisplayText);
        Assert.False(restored.Item.Published);
        var published = await store.WithManagerAsync(m => m.GetAsync(item.ContentItemId, VersionOptions.Published, Ct));
        Assert.Equal("Three", published!.DisplayText);
        AssertOneLatestAndAtMostOnePublished(await VersionsAsync(item.ContentItemId));
    }

    [Fact]
    public async Task Remove_DeletesEveryVersionIndexRowAndUniqueValue()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Gone", path: "/gone"));
        item.Part("TestTitlePart")["Title"] = "Gone draft";
        Assert.True((await UpdateAsync(item, draft: true)).Succeeded);

        var result = await store.WithManagerAsync(m => m.RemoveAsync(item.ContentItemId, Ct));

        Assert.True(result.Succeeded);
        await store.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.False(await db.ContentItems.AnyAsync(r => r.ContentItemId == item.ContentItemId, Ct));
            Assert.False(await db.ContentFieldIndex.AnyAsync(r => r.ContentItemId == item.ContentItemId, Ct));
            Assert.False(await db.ContentUniqueValues.AnyAsync(r => r.ContentItemId == item.ContentItemId, Ct));
            Assert.True(await db.AuditEvents.AnyAsync(a => a.ContentItemId == item.ContentItemId && a.Action == "Removed", Ct));
            return 0;
        });
        Assert.Equal(ContentFailure.NotFound, (await store.WithManagerAsync(m => m.RemoveAsync(item.ContentItemId, Ct))).Failure);
    }

    [Fact]
    public async Task IndexRows_FollowLatestAndPublishedVersions_AndLeaveHistory()
    {
        var item = ContentStoreFixture.Article("Indexed");
        item.Part("Article")["Rank"] = new JsonObject { ["Value"] = 7 };
        var created = await CreateAsync(item);
        created.Part("TestTitlePart")["Title"] = "Indexed draft";
        Assert.True((await UpdateAsync(created, draft: true)).Succeeded);

        var rows = await store.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentFieldIndex.AsNoTracking()
            .Where(r => r.ContentItemId == created.ContentItemId).ToListAsync(Ct));
        Assert.Contains(rows, r => r.Path == "TestTitlePart.Title" && r.Text == "Indexed" && r.Published && !r.Latest);
        Assert.Contains(rows, r => r.Path == "TestTitlePart.Title" && r.Text == "Indexed draft" && r.Latest && !r.Published);
        Assert.Contains(rows, r => r.Path == "Article.Rank" && r.Number == 7 && r.Published);
        Assert.Contains(rows, r => r.Path == "Article.Subtitle" && r.Text == "Sub");

        Assert.True((await store.WithManagerAsync(m => m.PublishAsync(created.ContentItemId, Ct))).Succeeded);
        rows = await store.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentFieldIndex.AsNoTracking()
            .Where(r => r.ContentItemId == created.ContentItemId && r.Path == "TestTitlePart.Title").ToListAsync(Ct));
        var row = Assert.Single(rows);
        Assert.Equal("Indexed draft", row.Text);
        Assert.True(row.Latest && row.Published);
    }

    [Fact]
    public async Task Import_Twice_LeavesOneItemWithOneVersion()
    {
        var item = ContentStoreFixture.Article("Imported", id: "imported-item-1");
        item.Published = true;

        var first = await store.WithManagerAsync(m => m.ImportAsync(item.Clone(), Ct));
        var second = await store.WithManagerAsync(m => m.ImportAsync(item.Clone(), Ct));

        Assert.True(first.Succeeded && second.Succeeded);
        var version = Assert.Single(await VersionsAsync("imported-item-1"));
        Assert.True(version.Published);
        Assert.Equal(first.Item!.ContentItemVersionId, version.ContentItemVersionId);

        item.Part("TestTitlePart")["Title"] = "Imported again, changed";
        var third = await store.WithManagerAsync(m => m.ImportAsync(item.Clone(), Ct));
        Assert.True(third.Succeeded);
        Assert.Equal("Imported again, changed", (await store.WithManagerAsync(m => m.GetAsync("imported-item-1", VersionOptions.Published, Ct)))!.DisplayText);
    }

    [Fact]
    public async Task EveryChange_WritesAnAuditEventWithVersion()
    {
        var item = await CreateAsync(ContentStoreFixture.Article("Audited"));
        await store.WithManagerAsync(m => m.UnpublishAsync(item.ContentItemId, Ct));

        var actions = await store.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents.AsNoTracking()
            .Where(a => a.ContentItemId == item.ContentItemId).OrderBy(a => a.Id).Select(a => a.Action + ":" + a.ContentItemVersionId + ":" + a.UserName).ToListAsync(Ct));

        Assert.Equal(
            [$"Created:{item.ContentItemVersionId}:system", $"Published:{item.ContentItemVersionId}:system", $"Unpublished:{item.ContentItemVersionId}:system"],
            actions);
    }
}
