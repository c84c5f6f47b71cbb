using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>The types and indexes of tests/recipes/search-resources.recipe.json, and helpers to fill and wait on them.</summary>
internal static class SearchSite
{
    public const string ScienceTerm = "termscience000000000000001";
    public const string MathTerm = "termmath000000000000000001";
    public const string ArtTerm = "termart0000000000000000001";
    public const string WorkgroupA = "stemstlworkgroup0000000001";
    public const string WorkgroupB = "stemstlworkgroup0000000002";

    public static async Task DefineAsync(CmsFactory factory)
    {
        using var admin = await factory.AdminClientAsync();
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "search-resources.recipe.json")));
        var response = await admin.PostAsJsonAsync("/api/recipes/run", recipe);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A resource as the tests describe it; returns its id.</summary>
    public static Task<string> ResourceAsync(
        CmsFactory factory, string title, string body, string[]? subjects = null, string? workgroup = null, string? grade = null,
        double? minutes = null, string? released = null, (double Lat, double Lon)? place = null, bool draft = false) =>
        CreateAsync(factory, "Lesson", title, body, draft, item =>
        {
            var part = item.Part("Lesson");
            part["Subjects"] = new JsonObject { ["TermContentItemIds"] = new JsonArray([.. (subjects ?? []).Select(s => (JsonNode)s)]) };
            part["Workgroup"] = new JsonObject { ["ContentItemIds"] = workgroup is null ? new JsonArray() : new JsonArray(workgroup) };
            part["Grade"] = new JsonObject { ["Text"] = grade };
            part["Minutes"] = new JsonObject { ["Value"] = minutes };
            part["Released"] = new JsonObject { ["Value"] = released };
            if (place is { } p)
            {
                part["Place"] = new JsonObject { ["Latitude"] = p.Lat, ["Longitude"] = p.Lon };
            }
        });

    public static Task<string> MemoAsync(CmsFactory factory, string title, string body) => CreateAsync(factory, "Memo", title, body, false, _ => { });

    private static Task<string> CreateAsync(CmsFactory factory, string type, string title, string body, bool draft, Action<ContentItem> fill) =>
        factory.InScopeAsync(async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = (await content.NewAsync(type))!;
            item.Part("TitlePart")["Title"] = title;
            item.Part("MarkdownBodyPart")["Markdown"] = body;
            fill(item);
            var result = await content.CreateAsync(item, draft);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
            return item.ContentItemId;
        });

    /// <summary>Waits until the indexes on this host have applied every change made so far (never a sleep).</summary>
    public static async Task CaughtUpAsync(CmsFactory factory, params string[] indexes)
    {
        var head = await factory.InScopeAsync(services => services.GetRequiredService<IContentChangeLog>().GetHeadIdAsync());
        var manager = factory.Services.GetRequiredService<LuceneIndexManager>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (var index in indexes.Length == 0 ? ["Search", "Drafts"] : indexes)
        {
            await manager.WaitForAsync(index, head, timeout.Token);
        }
    }

    public static async Task<JsonObject> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET /api/search?{query}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static IReadOnlyList<string> Titles(JsonObject result) =>
        [.. result["items"]!.AsArray().Select(i => i!["contentItem"]!["DisplayText"]!.GetValue<string>())];

    public static int Total(JsonObject result) => result["totalCount"]!.GetValue<int>();

    /// <summary>One facet's counts as value → count.</summary>
    public static IReadOnlyDictionary<string, int> Facet(JsonObject result, string field) =>
        result["facets"]!.AsArray().Single(f => f!["field"]!.GetValue<string>() == field)!["values"]!.AsArray()
            .ToDictionary(v => v!["value"]!.GetValue<string>(), v => v!["count"]!.GetValue<int>());
}
