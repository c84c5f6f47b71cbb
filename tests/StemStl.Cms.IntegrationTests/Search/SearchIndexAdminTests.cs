using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Cms.IntegrationTests.Search;

[Collection(nameof(SearchHost))]
public sealed class SearchIndexAdminTests(SearchHost host)
{
    [Fact]
    public async Task Indexes_ShowDocumentsCursorAndLag_ToAdministrators()
    {
        await SearchSite.CaughtUpAsync(host.Factory);
        using var admin = await host.Factory.AdminClientAsync();

        var body = JsonNode.Parse(await admin.GetStringAsync(new Uri("/api/lucene/indexes", UriKind.Relative), TestContext.Current.CancellationToken))!;

        var search = body["indexes"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "Search")!;
        var drafts = body["indexes"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "Drafts")!;
        Assert.Equal("ready", search["state"]!.GetValue<string>());
        Assert.Equal(5, search["documentCount"]!.GetValue<int>());
        Assert.Equal(6, drafts["documentCount"]!.GetValue<int>());
        Assert.Equal(0, search["lag"]!.GetValue<long>());
        Assert.Equal(search["head"]!.GetValue<long>(), search["cursor"]!.GetValue<long>());
    }

    [Fact]
    public async Task Indexes_AreForbidden_ToTheAnonymous()
    {
        using var anonymous = host.Factory.CreateClient();

        var list = await anonymous.GetAsync(new Uri("/api/lucene/indexes", UriKind.Relative), TestContext.Current.CancellationToken);
        var reset = await anonymous.PostAsync(new Uri("/api/lucene/indexes/Search/reset", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reset.StatusCode);
    }

    [Fact]
    public async Task Reset_ReplaysTheLog_AndTheIndexAnswersAsBefore()
    {
        using var admin = await host.Factory.AdminClientAsync();
        var manager = host.Factory.Services.GetRequiredService<LuceneIndexManager>();
        var before = manager.Find("Search")!.ResetGeneration;

        var response = await admin.PostAsync(new Uri("/api/lucene/indexes/Search/reset", UriKind.Relative), null, TestContext.Current.CancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await manager.WaitUntilAsync(() => manager.Find("Search")!.ResetGeneration == before + 1, timeout.Token);
        await SearchSite.CaughtUpAsync(host.Factory, "Search");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(3, SearchSite.Total(await SearchSite.SearchAsync(host.Factory.CreateClient(), "index=Search&q=robot")));
    }

    [Fact]
    public async Task Rebuild_OfAnUnknownIndex_Is404()
    {
        using var admin = await host.Factory.AdminClientAsync();

        var response = await admin.PostAsync(new Uri("/api/lucene/indexes/Nope/rebuild", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
