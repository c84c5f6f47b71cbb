using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ContentRollbackTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_WhenHandlerThrowsAfterTheDocumentIsWritten_LeavesNoRowsAtAll()
    {
        var before = await store.CountRowsAsync();
        var item = ContentStoreFixture.Article("Please explode", path: "/boom", id: "exploding-item");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => store.WithManagerAsync(m => m.CreateAsync(item, false, Ct)));

        Assert.Contains("exploded", thrown.Message, StringComparison.Ordinal);
        Assert.True(store.Log.Has("Created:exploding-item"));
        Assert.False(store.Log.Has("AfterCommit:exploding-item"));
        Assert.Equal(before, await store.CountRowsAsync());
        Assert.Null(await store.WithManagerAsync(m => m.GetAsync("exploding-item", VersionOptions.Latest, Ct)));
    }

    [Fact]
    public async Task Operation_InsideAnAmbientTransaction_RollsBackOnlyItself()
    {
        await store.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var manager = sp.GetRequiredService<IContentManager>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var kept = await manager.CreateAsync(ContentStoreFixture.Article("Kept", id: "ambient-kept"), false, Ct);
            await Assert.ThrowsAsync<InvalidOperationException>(() => manager.CreateAsync(ContentStoreFixture.Article("explode", id: "ambient-lost"), false, Ct));
            await transaction.CommitAsync(Ct);
            Assert.True(kept.Succeeded);
            return 0;
        });

        Assert.NotNull(await store.WithManagerAsync(m => m.GetAsync("ambient-kept", VersionOptions.Published, Ct)));
        Assert.Null(await store.WithManagerAsync(m => m.GetAsync("ambient-lost", VersionOptions.Latest, Ct)));
        var audits = await store.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents.CountAsync(a => a.ContentItemId == "ambient-lost", Ct));
        Assert.Equal(0, audits);
    }

    [Fact]
    public async Task Publish_WhenAHandlerRunsANestedOperation_StillSwapsThePublishedVersion()
    {
        var item = (await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Outer"), false, Ct))).Item!;
        item.Part("TestTitlePart")["Title"] = "cascade:nested-companion";
        var draft = (await store.WithManagerAsync(m => m.UpdateAsync(item, true, Ct))).Item!;

        var result = await store.WithManagerAsync(m => m.PublishAsync(item.ContentItemId, Ct));

        Assert.True(result.Succeeded);
        Assert.NotNull(await store.WithManagerAsync(m => m.GetAsync("nested-companion", VersionOptions.Published, Ct)));
        var versions = await store.WithManagerAsync(m => m.ListVersionsAsync(item.ContentItemId, Ct));
        Assert.Equal(draft.ContentItemVersionId, Assert.Single(versions, v => v.Published).ContentItemVersionId);
        Assert.Single(versions, v => v.Latest);
    }

    [Fact]
    public async Task Publish_WhenANestedOperationFailsAndIsIgnored_StillSwapsThePublishedVersion()
    {
        Assert.True((await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Path owner", path: "/tolerated-clash"), false, Ct))).Succeeded);
        var item = (await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Outer"), false, Ct))).Item!;
        item.Part("TestTitlePart")["Title"] = "tolerate:doomed-companion";
        var draft = (await store.WithManagerAsync(m => m.UpdateAsync(item, true, Ct))).Item!;

        var result = await store.WithManagerAsync(m => m.PublishAsync(item.ContentItemId, Ct));

        Assert.True(result.Succeeded);
        Assert.True(store.Log.Has("Tolerated:Invalid"));
        Assert.Null(await store.WithManagerAsync(m => m.GetAsync("doomed-companion", VersionOptions.Latest, Ct)));
        var versions = await store.WithManagerAsync(m => m.ListVersionsAsync(item.ContentItemId, Ct));
        Assert.Equal(draft.ContentItemVersionId, Assert.Single(versions, v => v.Published).ContentItemVersionId);
    }

    [Fact]
    public async Task Create_WithExistingId_IsAConflict()
    {
        Assert.True((await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Once", id: "only-once"), false, Ct))).Succeeded);

        var again = await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Twice", id: "only-once"), false, Ct));

        Assert.Equal(ContentFailure.Conflict, again.Failure);
    }
}
