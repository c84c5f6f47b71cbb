using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ContentChangeLogTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOperation_AppendsItsChange_InOrder()
    {
        var start = await HeadAsync();
        var item = (await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Logged"), true, Ct))).Item!;
        var id = item.ContentItemId;
        await store.WithManagerAsync(m => m.PublishAsync(id, Ct));
        var published = (await store.WithManagerAsync(m => m.GetAsync(id, VersionOptions.Published, Ct)))!;
        published.Part("TestTitlePart")["Title"] = "Logged again";
        await store.WithManagerAsync(m => m.UpdateAsync(published, true, Ct));
        await store.WithManagerAsync(m => m.DiscardDraftAsync(id, Ct));
        await store.WithManagerAsync(m => m.UnpublishAsync(id, Ct));
        await store.WithManagerAsync(m => m.RemoveAsync(id, Ct));
        LetGapsSettle();

        var batch = await store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLog>().ReadAsync(start, 100, Ct));

        var mine = batch.Changes.Where(c => c.ContentItemId == id).ToList();
        Assert.Equal(
            [ContentChangeKind.Created, ContentChangeKind.Published, ContentChangeKind.Updated, ContentChangeKind.DraftDiscarded, ContentChangeKind.Unpublished, ContentChangeKind.Removed],
            mine.Select(c => c.Kind));
        Assert.All(mine, c => Assert.Equal("Article", c.ContentType));
        Assert.Equal(mine.Select(c => c.Id).Order(), mine.Select(c => c.Id));
        Assert.Equal(batch.Changes[^1].Id, batch.HeadId);
    }

    [Fact]
    public async Task FailedOperation_AppendsNothing()
    {
        var start = await HeadAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Please explode", id: "logless-item"), false, Ct)));

        var batch = await store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLog>().ReadAsync(start, 100, Ct));
        Assert.DoesNotContain(batch.Changes, c => c.ContentItemId == "logless-item");
    }

    [Fact]
    public async Task Read_ReturnsAtMostTheAskedNumber_OldestFirst_AndTheHead()
    {
        var start = await HeadAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article($"Paged {i}"), false, Ct));
        }

        LetGapsSettle();

        var first = await store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLog>().ReadAsync(start, 2, Ct));
        var rest = await store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLog>().ReadAsync(first.Changes[^1].Id, 100, Ct));

        // Each creation publishes too: six changes in all.
        Assert.Equal(2, first.Changes.Count);
        Assert.True(first.Changes[0].Id < first.Changes[1].Id);
        Assert.Equal(first.HeadId, rest.HeadId);
        Assert.Equal(rest.HeadId, rest.Changes[^1].Id);
        Assert.Equal(4, rest.Changes.Count);
    }

    /// <summary>
    /// On PostgreSQL a rolled-back test (FailedOperation) leaves a gap in the ids, and a read waits at a fresh gap:
    /// move the fixture's clock past the grace so these tests read every row they wrote, whatever order they ran in.
    /// </summary>
    private void LetGapsSettle() => store.Clock.Now += ContentChangeLog.GapGrace + TimeSpan.FromSeconds(1);

    private Task<long> HeadAsync() => store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLog>().GetHeadIdAsync(Ct));
}

public sealed class ContentChangeLogGapTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Settled_StopsBeforeAFreshGap_WhichMayBeATransactionStillCommitting()
    {
        var rows = Rows((1, 0), (2, 0), (4, 0), (5, 0));

        Assert.Equal(2, ContentChangeLog.Settled(rows, 0, Now.AddSeconds(-10)));
    }

    [Fact]
    public void Settled_PassesAnOldGap_WhoseTransactionRolledBack()
    {
        var rows = Rows((1, -60), (2, -60), (4, -30), (5, 0));

        Assert.Equal(4, ContentChangeLog.Settled(rows, 0, Now.AddSeconds(-10)));
    }

    [Fact]
    public void Settled_CountsFromTheCursor()
    {
        var rows = Rows((8, 0), (9, 0));

        Assert.Equal(0, ContentChangeLog.Settled(rows, 6, Now.AddSeconds(-10)));
        Assert.Equal(2, ContentChangeLog.Settled(rows, 7, Now.AddSeconds(-10)));
    }

    private static List<Cms.Data.ContentChangeRecord> Rows(params (long Id, int Seconds)[] rows) =>
        [.. rows.Select(r => new Cms.Data.ContentChangeRecord { Id = r.Id, ContentItemId = "i", ContentItemVersionId = "v", ContentType = "T", Kind = "Created", Utc = Now.AddSeconds(r.Seconds) })];
}
