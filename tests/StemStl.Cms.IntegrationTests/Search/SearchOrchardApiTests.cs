using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>Orchard Core's JSON query API over the same indexes, counting only what the caller may see.</summary>
[Collection(nameof(SearchHost))]
public sealed class SearchOrchardApiTests(SearchHost host) : IAsyncLifetime
{
    private const string Password = "Search-Tests-2026";

    private readonly HttpClient _anonymous = host.Factory.CreateClient();

    /// <summary>The public may use the JSON API on this site; per-hit authorization still applies.</summary>
    public async ValueTask InitializeAsync()
    {
        await host.Factory.InScopeAsync(async services =>
        {
            var roles = services.GetRequiredService<RoleManager<CmsRole>>();
            var anonymous = (await roles.FindByNameAsync("Anonymous"))!;
            if (!(await roles.GetClaimsAsync(anonymous)).Any(c => c.Value == "QueryLuceneApi"))
            {
                await roles.AddClaimAsync(anonymous, new Claim(Cms.Security.Permission.ClaimType, "QueryLuceneApi"));
            }

            return true;
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Caller_WithoutQueryLuceneApi_Is403()
    {
        var user = $"contrib-{Guid.NewGuid():N}"[..20];
        await host.Factory.CreateUserAsync(user, Password, "Contributor");
        using var client = await host.Factory.SignedInClientAsync(user, Password);

        var response = await client.GetAsync(Url("content", """{"query": {"match_all": {}}}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query": {"bool": {"must": [{"term": {"Content.ContentItem.ContentType": "Lesson"}}, {"range": {"Lesson.Minutes": {"gte": 40}}}]}}, "sort": {"Lesson.Minutes": {"order": "desc"}}}""",
        new[] { "Robot kits for makers", "Painting Robots & <Rockets>", "Robots in the classroom" })]
    [InlineData("""{"query": {"match": {"MarkdownBodyPart.Markdown": {"query": "robots kits", "operator": "and"}}}}""", new[] { "Robot kits for makers", "Robots in the classroom" })]
    [InlineData("""{"query": {"match_phrase": {"MarkdownBodyPart.Markdown": "robot kits"}}}""", new[] { "Robot kits for makers" })]
    [InlineData("""{"query": {"prefix": {"TitlePart.Title": "fract"}}}""", new[] { "Fractions with pizza" })]
    [InlineData("""{"query": {"wildcard": {"TitlePart.Title": "p?in*t"}}}""", new[] { "Painting Robots & <Rockets>" })]
    [InlineData("""{"query": {"fuzzy": {"TitlePart.Title": {"value": "pizzza", "fuzziness": 1}}}}""", new[] { "Fractions with pizza" })]
    [InlineData("""{"query": {"terms": {"Lesson.Grade.keyword": ["6-8", "9-12"]}}, "sort": "Content.ContentItem.DisplayText"}""", new[] { "Painting Robots & <Rockets>", "Robot kits for makers" })]
    [InlineData("""{"query": {"bool": {"must_not": [{"term": {"Lesson.Grade.keyword": "K-5"}}]}}, "sort": [{"Content.ContentItem.DisplayText": "asc"}]}""", new[] { "Painting Robots & <Rockets>", "Robot kits for makers" })]
    [InlineData("""{"query": {"range": {"Lesson.Released": {"gt": "2025-03-01", "lte": "2026-12-31"}}}, "sort": {"Lesson.Released": {"order": "asc"}}, "from": 1, "size": 1}""", new[] { "Painting Robots & <Rockets>" })]
    public async Task Content_RunsTheJsonQuery(string query, string[] expected)
    {
        var result = await GetAsync("content", query);

        Assert.Equal(expected, result["items"]!.AsArray().Select(i => i!["DisplayText"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Documents_ReturnStoredFields_OfWhatTheCallerMaySee()
    {
        var result = await GetAsync("documents", """{"query": {"match": {"Content.ContentItem.FullText": "robots"}}, "size": 10}""");

        var titles = result["items"]!.AsArray().Select(d => d!["TitlePart.Title"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(["Painting Robots & <Rockets>", "Robot kits for makers", "Robots in the classroom"], titles);
        Assert.Equal(3, result["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Content_TakesAPostedBody()
    {
        var response = await _anonymous.PostAsJsonAsync(
            "/api/lucene/content",
            new JsonObject { ["indexName"] = "Search", ["query"] = JsonNode.Parse("""{"query": {"term": {"Lesson.Workgroup": "stemstlworkgroup0000000001"}}}""") },
            TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body["count"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{not json", "is not valid JSON")]
    [InlineData("""{"query": {"near": {"a": 1}}}""", "query.near: unknown query")]
    [InlineData("""{"query": {"bool": {"must": [{"term": {"a": 1}, "match": {"b": 2}}]}}}""", "query.bool.must[0]: must hold exactly one query")]
    [InlineData("""{"query": {"wildcard": {"TitlePart.Title": "*bots"}}}""", "may not start with")]
    [InlineData("""{"query": {"range": {"Lesson.Released": {"gte": "someday"}}}}""", "is not a date")]
    [InlineData("""{"query": {"match_all": {}}, "size": 1000}""", "query.size: must be a whole number")]
    [InlineData("""{"query": {"match_all": {}}, "sort": "Lesson.Grade"}""", "cannot sort by")]
    public async Task BadQuery_Is400_NamingThePath(string query, string reason)
    {
        var response = await _anonymous.GetAsync(Url("content", query), TestContext.Current.CancellationToken);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonObject> GetAsync(string endpoint, string query)
    {
        var response = await _anonymous.GetAsync(Url(endpoint, query), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private static Uri Url(string endpoint, string query) =>
        new($"/api/lucene/{endpoint}?indexName=Search&query={Uri.EscapeDataString(query)}", UriKind.Relative);
}
