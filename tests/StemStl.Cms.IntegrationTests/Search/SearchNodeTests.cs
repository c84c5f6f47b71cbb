using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Search.Lucene.Indexing;
using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>Each node follows the change log by itself: restarts, second nodes, damaged folders and rebuilds.</summary>
public sealed class SearchNodeTests
{
    private static Dictionary<string, string?> NodeB(string folder) => new() { ["StemStl:Search:Lucene:IndexFolder"] = Path.Combine(folder, "node-b") };

    [Fact]
    public async Task SecondHostOnTheSameDatabase_CatchesUp_AndARestartedHostCatchesUpFromItsCursor()
    {
        var folder = CmsFactory.NewFolder();
        try
        {
            string build;
            await using (var a = new CmsFactory(folder, ownsFolder: false))
            {
                await DefineAsync(a);
                await ResourceAsync(a, "Alpha rocket", "The first one.");
                await CaughtUpAsync(a, "Search");
                Assert.Equal(1, Total(await SearchAsync(a.CreateClient(), "index=Search&q=rocket")));

                await using var b = new CmsFactory(folder, ownsFolder: false, NodeB(folder));
                await CaughtUpAsync(b, "Search");
                Assert.Equal(1, Total(await SearchAsync(b.CreateClient(), "index=Search&q=rocket")));

                await ResourceAsync(b, "Beta rocket", "Written on the second node.");
                await CaughtUpAsync(a, "Search");
                Assert.Equal(2, Total(await SearchAsync(a.CreateClient(), "index=Search&q=rocket")));
                build = a.Services.GetRequiredService<LuceneIndexManager>().Find("Search")!.Folder;
            }

            // Written while the first node is down.
            await using (var b = new CmsFactory(folder, ownsFolder: false, NodeB(folder)))
            {
                await ResourceAsync(b, "Gamma rocket", "Written while the first node was stopped.");
            }

            await using (var restarted = new CmsFactory(folder, ownsFolder: false))
            {
                await CaughtUpAsync(restarted, "Search");
                var result = await SearchAsync(restarted.CreateClient(), "index=Search&q=rocket");
                Assert.Equal(["Alpha rocket", "Beta rocket", "Gamma rocket"], Titles(result).Order(StringComparer.Ordinal));
                Assert.Equal(build, restarted.Services.GetRequiredService<LuceneIndexManager>().Find("Search")!.Folder);
            }
        }
        finally
        {
            CmsFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task DamagedIndexFolder_IsRebuiltOnStart()
    {
        var folder = CmsFactory.NewFolder();
        try
        {
            string build;
            await using (var host = new CmsFactory(folder, ownsFolder: false))
            {
                await DefineAsync(host);
                await ResourceAsync(host, "Delta rocket", "Survives a damaged index.");
                await CaughtUpAsync(host, "Search");
                build = host.Services.GetRequiredService<LuceneIndexManager>().Find("Search")!.Folder;
            }

            foreach (var file in Directory.GetFiles(build, "segments_*"))
            {
                await File.WriteAllTextAsync(file, "not an index", TestContext.Current.CancellationToken);
            }

            await using (var restarted = new CmsFactory(folder, ownsFolder: false))
            {
                await CaughtUpAsync(restarted, "Search");
                Assert.Equal(["Delta rocket"], Titles(await SearchAsync(restarted.CreateClient(), "index=Search&q=rocket")));
                Assert.NotEqual(build, restarted.Services.GetRequiredService<LuceneIndexManager>().Find("Search")!.Folder);
            }
        }
        finally
        {
            CmsFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Rebuild_WhileQueriesRun_SwapsInWithoutAFailedQuery()
    {
        await using var host = new CmsFactory();
        await DefineAsync(host);
        for (var i = 0; i < 30; i++)
        {
            await ResourceAsync(host, $"Rocket {i:D2}", "A rocket to rebuild.");
        }

        await CaughtUpAsync(host, "Search");
        var manager = host.Services.GetRequiredService<LuceneIndexManager>();
        var before = manager.Find("Search")!;
        var client = host.CreateClient();
        var failures = new ConcurrentBag<string>();
        var queries = 0;
        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync(new Uri("/api/search?index=Search&q=rocket&first=1", UriKind.Relative), CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                if (!response.IsSuccessStatusCode || JsonNode.Parse(body)!["totalCount"]!.GetValue<int>() != 30)
                {
                    failures.Add($"{(int)response.StatusCode} {body}");
                }

                Interlocked.Increment(ref queries);
            }
        }, TestContext.Current.CancellationToken);

        using var admin = await host.AdminClientAsync();
        var recipe = new JsonObject { ["name"] = "rebuild-search", ["steps"] = new JsonArray(new JsonObject { ["name"] = "lucene-index-rebuild", ["Indices"] = new JsonArray("Search") }) };
        var run = await admin.PostAsJsonAsync("/api/recipes/run", recipe, TestContext.Current.CancellationToken);
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await manager.WaitUntilAsync(() => manager.Find("Search") is { } now && now != before && now.BuiltUnder.Rebuild == 1, timeout.Token);
        var after = await SearchAsync(client, "index=Search&q=rocket");
        await stop.CancelAsync();
        await load;

        Assert.Empty(failures);
        Assert.True(queries > 0);
        Assert.Equal(30, Total(after));
        Assert.Null(before.Acquire());
    }
}
