using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Content;

/// <summary>Pruning removes an old prefix of the log, within both limits the caller gives, and never the head.</summary>
[Trait("Category", "Store")]
public sealed class ContentChangeLogPruneTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prune_DeletesOnlyChangesOlderThanTheRetention()
    {
        await CreateAsync("Old news");
        var lastOld = await HeadAsync();
        store.Clock.Now += Retention + TimeSpan.FromDays(1);
        await CreateAsync("Fresh news");
        var head = await HeadAsync();

        var deleted = await PruneAsync(long.MaxValue, store.Clock.Now.UtcDateTime - Retention);

        Assert.True(deleted >= 2, $"deleted {deleted}");
        Assert.Equal(lastOld, await PrunedThroughAsync());
        var rest = await ReadAsync(lastOld);
        Assert.Equal(head, rest.Changes[^1].Id);
        Assert.Equal(2, rest.Changes.Count);
    }

    [Fact]
    public async Task Prune_StopsAtTheGivenId_EvenForOldChanges()
    {
        await CreateAsync("First");
        var through = await HeadAsync();
        await CreateAsync("Second");
        store.Clock.Now += Retention + TimeSpan.FromDays(1);

        await PruneAsync(through, store.Clock.Now.UtcDateTime - Retention);

        Assert.Equal(through, await PrunedThroughAsync());
        Assert.Equal(2, (await ReadAsync(through)).Changes.Count);
    }

    [Fact]
    public async Task Prune_KeepsTheNewestChange_SoTheHeadNeverMovesBack()
    {
        await CreateAsync("Only");
        var head = await HeadAsync();
        store.Clock.Now += Retention + TimeSpan.FromDays(1);

        await PruneAsync(long.MaxValue, store.Clock.Now.UtcDateTime);

        Assert.Equal(head, await HeadAsync());
        Assert.Equal(head - 1, await PrunedThroughAsync());
    }

    [Fact]
    public async Task Prune_NeverLeavesAHole_WhenAnOlderRowFollowsAYoungerOne()
    {
        var start = await HeadAsync();
        await CreateAsync("Written under a fast clock");
        store.Clock.Now -= TimeSpan.FromDays(30);
        await CreateAsync("Written under a slow clock");
        store.Clock.Now += TimeSpan.FromDays(30);
        await CreateAsync("Newest");

        // The middle rows are old, but the first ones are not: nothing after them may go either.
        await PruneAsync(long.MaxValue, store.Clock.Now.UtcDateTime - Retention);

        Assert.True(await PrunedThroughAsync() <= start);
        Assert.Equal(6, (await ReadAsync(start)).Changes.Count);
    }

    private async Task CreateAsync(string title) =>
        Assert.True((await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article(title), false, Ct))).Succeeded);

    private Task<int> PruneAsync(long through, DateTime olderThan) =>
        store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLogPruner>().PruneAsync(through, olderThan, Ct));

    private Task<long> PrunedThroughAsync() => store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLogPruner>().GetPrunedThroughAsync(Ct));

    private Task<ContentChangeBatch> ReadAsync(long after) => store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLog>().ReadAsync(after, 100, Ct));

    private Task<long> HeadAsync() => store.InScopeAsync(sp => sp.GetRequiredService<IContentChangeLog>().GetHeadIdAsync(Ct));
}
