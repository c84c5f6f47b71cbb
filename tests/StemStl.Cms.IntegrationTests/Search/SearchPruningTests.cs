using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Search.Lucene.Indexing;
using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>
/// A node prunes the change log only where every index of its own has been; a node that was away while another pruned
/// past its cursor rebuilds from the content on its return instead of replaying a log with a missing start.
/// </summary>
public sealed class SearchPruningTests
{
    // The test recipe's indexes and the setup recipe's own. Pruning stops at the slowest index on the node, so every
    // one must have applied the head first: a setup index left out made the prune stop short of it under load.
    private static readonly string[] AllIndexes = ["Search", "Drafts", "Staff", "resources", "pathways", "campaigns", "workgroups"];

    [Fact]
    public async Task NodeBehindThePrunedLog_RebuildsOnItsReturn_AndFindsEverything()
    {
        var folder = CmsFactory.NewFolder();
        try
        {
            string build;
            await using (var a = new CmsFactory(folder, ownsFolder: false))
            {
                await DefineAsync(a);
                await ResourceAsync(a, "Alpha rocket", "The first one.");
                await EveryIndexCaughtUpAsync(a);
                build = a.Services.GetRequiredService<LuceneIndexManager>().Find("Search")!.Folder;
            }

            await using (var b = new CmsFactory(folder, ownsFolder: false, new Dictionary<string, string?> { ["StemStl:Search:Lucene:IndexFolder"] = Path.Combine(folder, "node-b") }))
            {
                await ResourceAsync(b, "Beta rocket", "Written while the first node was down.");
                await EveryIndexCaughtUpAsync(b);

                // Eight days on, with the default retention of seven: everything but the head may go.
                var pruned = await b.InScopeAsync(services =>
                    ActivatorUtilities.CreateInstance<ChangeLogPruning>(services, new ShiftedClock(TimeSpan.FromDays(8))).RunAsync(CancellationToken.None));
                var (head, start) = await b.InScopeAsync(async services => (
                    await services.GetRequiredService<IContentChangeLog>().GetHeadIdAsync(),
                    await services.GetRequiredService<IContentChangeLogPruner>().GetPrunedThroughAsync()));

                Assert.True(pruned > 0);
                Assert.Equal(head - 1, start);
            }

            await using (var returned = new CmsFactory(folder, ownsFolder: false))
            {
                await CaughtUpAsync(returned, "Search");
                var result = await SearchAsync(returned.CreateClient(), "index=Search&q=rocket");

                Assert.Equal(["Alpha rocket", "Beta rocket"], Titles(result).Order(StringComparer.Ordinal));
                Assert.NotEqual(build, returned.Services.GetRequiredService<LuceneIndexManager>().Find("Search")!.Folder);
            }
        }
        finally
        {
            CmsFactory.DeleteFolder(folder);
        }
    }

    /// <summary>Waits for the indexes named above and any other the node has open, should a recipe add one.</summary>
    private static Task EveryIndexCaughtUpAsync(CmsFactory factory) =>
        CaughtUpAsync(factory, [.. AllIndexes.Union(factory.Services.GetRequiredService<LuceneIndexManager>().OpenNames, StringComparer.Ordinal)]);

    /// <summary>The real clock moved on by <paramref name="by"/>: a test clock for the retention.</summary>
    private sealed class ShiftedClock(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
    }
}
