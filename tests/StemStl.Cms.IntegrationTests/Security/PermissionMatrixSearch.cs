using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;

namespace StemStl.Cms.IntegrationTests.Security;

/// <summary>
/// The search column of the permission matrix: the case's item is looked for through <c>/api/search</c>, a published
/// item in an index of published pages (View) and a draft in an index of latest versions (Preview). A read is allowed
/// when the item is among the hits; the total must agree, so nothing leaks through a count.
/// </summary>
internal sealed class PermissionMatrixSearch(PermissionMatrixSite site)
{
    public const string PublishedIndex = "MatrixPublished";
    public const string LatestIndex = "MatrixLatest";

    /// <summary>The two indexes over pages, defined by Orchard's recipe step through the recipes API.</summary>
    public static async Task DefineIndexesAsync(CmsFactory cms)
    {
        var recipe = new JsonObject
        {
            ["name"] = "matrix-search",
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray("StemStl.Search.Lucene") },
                new JsonObject
                {
                    ["name"] = "lucene-index",
                    ["Indices"] = new JsonArray(Index(PublishedIndex, latest: false), Index(LatestIndex, latest: true)),
                }),
        };
        using var admin = await cms.AdminClientAsync();
        var response = await admin.PostJsonAsync("/api/recipes/run", recipe);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async Task<(bool Allowed, string Detail)> RunAsync(HttpClient client, string role, MatrixAction action, MatrixItem item)
    {
        var published = action == MatrixAction.View;
        var id = await site.ArrangeAsync(role, item, published);
        await SearchSite.CaughtUpAsync(site.Cms, PublishedIndex, LatestIndex);

        var index = published ? PublishedIndex : LatestIndex;
        var response = await client.GetAsync(new Uri($"/api/search?index={index}&q={id}", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"searching {index} as {role}: {(int)response.StatusCode} {body}");
        var result = JsonNode.Parse(body)!.AsObject();
        var listed = result["items"]!.AsArray().Any(i => i!["contentItem"]!["ContentItemId"]!.GetValue<string>() == id);
        var total = result["totalCount"]!.GetValue<int>();
        Assert.True(total == (listed ? 1 : 0), $"the total ({total}) disagrees with the hits ({listed}): {body}");
        return (listed, body);
    }

    private static JsonObject Index(string name, bool latest) => new()
    {
        [name] = new JsonObject
        {
            ["AnalyzerName"] = "standard",
            ["IndexLatest"] = latest,
            ["IndexedContentTypes"] = new JsonArray("Page"),
        },
    };
}
