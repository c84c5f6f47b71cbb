using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>HTTP caching and the server's response cache for published reads, and what switches them off.</summary>
public sealed class GraphQLResponseCacheTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string ById = "query ($id: ID!) { contentItem(contentItemId: $id) { displayText } }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Request(string query, string id) => new() { ["query"] = query, ["variables"] = new JsonObject { ["id"] = id } };

    private static string? DisplayText(string text) => GraphQLClient.Parse(text).Data("contentItem")?["displayText"]?.GetValue<string>();

    private async Task<string> CreatePageAsync(string title) => (await CreatePageWithVersionAsync(title)).Id;

    private async Task<(string Id, string VersionId)> CreatePageWithVersionAsync(string title)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostJsonAsync("/api/content", Json.Page(title));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        var item = await response.ReadObjectAsync();
        return (item["ContentItemId"]!.GetValue<string>(), item["ContentItemVersionId"]!.GetValue<string>());
    }

    /// <summary>Changes the stored title without going through the content manager, so no cache hears of it.</summary>
    private Task<int> BehindTheCachesBackAsync(string id, string title) => factory.InScopeAsync(async sp =>
        await sp.GetRequiredService<CmsDbContext>().ContentItems.Where(r => r.ContentItemId == id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.DisplayText, title), Ct));

    [Fact]
    public async Task AnAnonymousPublishedRead_HasAStrongETagAndPublicCaching_And304sOnIfNoneMatch_OverGetAndPost()
    {
        using var client = factory.CreateClient();
        var parameters = new Dictionary<string, string> { ["query"] = "{ workgroup(first: 2) { displayText } }" };

        var (first, text) = await client.GetGraphQLAsync(parameters);
        var etag = first.Headers.ETag!;
        var (again, againText) = await client.GetGraphQLAsync(parameters, ("If-None-Match", etag.Tag));
        var (post, _) = await client.PostGraphQLAsync(new JsonObject { ["query"] = parameters["query"] }, ("If-None-Match", $"\"other\", {etag.Tag}"));
        var (stale, staleText) = await client.GetGraphQLAsync(parameters, ("If-None-Match", "\"not-it\""));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl.MaxAge);
        Assert.Equal(["Authorization", "Accept", "Accept-Language"], first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(againText);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(text, staleText);
    }

    [Fact]
    public async Task AReadOnlyToken_GetsPrivateCaching_WhileEditorsWritersPreviewsAndMutationsGetNoStore()
    {
        var id = await CreatePageAsync("Cache policy page");
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var writer = factory.TokenClient(await factory.CreateTokenAsync("content:read", "content:write:Page"));
        using var previewer = factory.TokenClient(await factory.CreateTokenAsync("content:preview"));
        using var editor = await factory.AdminClientAsync();
        using var anonymous = factory.CreateClient();
        const string Latest = "query ($id: ID!, $status: Status) { contentItem(contentItemId: $id, status: $status) { displayText } }";

        var (read, _) = await reader.PostGraphQLAsync(Request(ById, id));
        var (written, _) = await writer.PostGraphQLAsync(Request(ById, id));
        var (previewed, _) = await previewer.PostGraphQLAsync(Request(ById, id));
        var (edited, _) = await editor.PostGraphQLAsync(Request(ById, id));
        var (draft, _) = await anonymous.PostGraphQLAsync(Request("query ($id: ID!) { contentItem(contentItemId: $id, status: DRAFT) { displayText } }", id));
        var latestRequest = Request(Latest, id);
        latestRequest["variables"]!["status"] = "LATEST";
        var (latest, _) = await anonymous.PostGraphQLAsync(latestRequest);
        var (headerPreview, _) = await anonymous.PostGraphQLAsync(Request(ById, id), ("X-Preview-Token", "anything"));
        var (mutation, _) = await anonymous.PostGraphQLAsync(new JsonObject { ["query"] = "mutation { nothingHere }" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.True(read.Headers.CacheControl!.Private);
        Assert.False(read.Headers.CacheControl.Public);
        Assert.NotNull(read.Headers.ETag);
        foreach (var response in new[] { written, previewed, edited, draft, latest, headerPreview, mutation })
        {
            Assert.True(response.Headers.CacheControl!.NoStore);
            Assert.Null(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task TheServerServesACachedRead_UntilAnEditPublishUnpublishOrDeleteCommits()
    {
        var (id, versionId) = await CreatePageWithVersionAsync("Before");
        using var anonymous = factory.CreateClient();
        using var admin = await factory.AdminClientAsync();

        var (_, cachedText) = await anonymous.PostGraphQLAsync(Request(ById, id));
        await BehindTheCachesBackAsync(id, "Changed behind the cache's back");
        var (_, servedText) = await anonymous.PostGraphQLAsync(Request(ById, id));
        var (_, frenchText) = await anonymous.PostGraphQLAsync(Request(ById, id), ("Accept-Language", "fr"));
        Assert.Equal("Before", DisplayText(cachedText));
        Assert.Equal("Before", DisplayText(servedText));
        Assert.Equal("Changed behind the cache's back", DisplayText(frenchText));

        var page = Json.Page("After the edit", id: id);
        page["ContentItemVersionId"] = versionId;
        var edit = await admin.PostJsonAsync($"/api/content/{id}", page);
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync(Ct));
        var (_, editedText) = await anonymous.PostGraphQLAsync(Request(ById, id));
        Assert.Equal("After the edit", DisplayText(editedText));

        Assert.True((await admin.PostAsync($"/api/content/{id}/unpublish", null, Ct)).IsSuccessStatusCode);
        var (_, unpublishedText) = await anonymous.PostGraphQLAsync(Request(ById, id));
        Assert.Null(DisplayText(unpublishedText));

        Assert.True((await admin.PostAsync($"/api/content/{id}/publish", null, Ct)).IsSuccessStatusCode);
        var (_, republishedText) = await anonymous.PostGraphQLAsync(Request(ById, id));
        Assert.Equal("After the edit", DisplayText(republishedText));

        Assert.True((await admin.DeleteAsync($"/api/content/{id}", Ct)).IsSuccessStatusCode);
        var (_, deletedText) = await anonymous.PostGraphQLAsync(Request(ById, id));
        Assert.Null(DisplayText(deletedText));
    }

    [Fact]
    public async Task ACachedRead_IsNotServedOnceADefinitionChanges()
    {
        var id = await CreatePageAsync("Definition-bound");
        using var anonymous = factory.CreateClient();
        await anonymous.PostGraphQLAsync(Request(ById, id));
        await BehindTheCachesBackAsync(id, "Seen after the definitions changed");

        var changed = await factory.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<Definitions.IContentDefinitionManager>();
            var page = (await definitions.GetSnapshotAsync(Ct)).FindType("Page")!;
            return await definitions.ApplyAsync(new Definitions.ContentDefinitionChange { Types = [page with { DisplayName = "Web page " + Guid.NewGuid().ToString("N") }] }, Ct);
        });
        var (_, text) = await anonymous.PostGraphQLAsync(Request(ById, id));

        Assert.True(changed.Succeeded);
        Assert.Equal("Seen after the definitions changed", DisplayText(text));
    }
}
