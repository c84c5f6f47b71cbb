using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Security;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>
/// Umbraco's CVE-2025-54425 was an output cache that did not vary by API key and handed protected content to
/// anonymous callers. Here every pair of callers that may see different things asks the identical request in both
/// orders, and each must get exactly what it would have got from an empty cache.
/// </summary>
public sealed class GraphQLCacheIsolationTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string MemoById = "query ($id: ID!) { contentItem(contentItemId: $id) { displayText } memo { displayText } }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Request(string id) => new() { ["query"] = MemoById, ["variables"] = new JsonObject { ["id"] = id } };

    /// <summary>A type that is not API-visible, and one published item of it with <paramref name="title"/>.</summary>
    private async Task<string> CreateMemoAsync(string title)
    {
        await factory.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            if ((await definitions.GetSnapshotAsync(Ct)).FindType("Memo") is null)
            {
                var change = await definitions.ApplyAsync(new ContentDefinitionChange
                {
                    Types = [new ContentTypeDefinition("Memo", "Memo", new ContentTypeSettings(ApiVisible: false), [new ContentTypePartDefinition("TitlePart", "TitlePart")])],
                }, Ct);
                Assert.True(change.Succeeded, string.Join("; ", change.Errors.Select(e => $"{e.Path}: {e.Message}")));
            }

            return true;
        });
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostJsonAsync("/api/content", new JsonObject { ["ContentType"] = "Memo", ["TitlePart"] = new JsonObject { ["Title"] = title } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, string id)
    {
        var (response, text) = await client.PostGraphQLAsync(Request(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return GraphQLClient.Parse(text);
    }

    private static bool SeesMemo(JsonObject body, string title) =>
        body.Data("contentItem")?["displayText"]?.GetValue<string>() == title
        || body.Data("memo")?.AsArray().Any(m => m!["displayText"]!.GetValue<string>() == title) == true;

    [Fact]
    public async Task AnAdminTokensRead_OfAHiddenType_IsNeverServedToAnonymousCallersOrReadOnlyTokens()
    {
        var title = "Board minutes " + Guid.NewGuid().ToString("N");
        var id = await CreateMemoAsync(title);
        using var admin = factory.TokenClient(await factory.CreateTokenAsync("admin"));
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var anonymous = factory.CreateClient();

        var adminFirst = await ReadAsync(admin, id);
        var anonymousAfter = await ReadAsync(anonymous, id);
        var readerAfter = await ReadAsync(reader, id);
        var adminAgain = await ReadAsync(admin, id);

        Assert.True(SeesMemo(adminFirst, title));
        Assert.False(SeesMemo(anonymousAfter, title));
        Assert.False(SeesMemo(readerAfter, title));
        Assert.True(SeesMemo(adminAgain, title));
    }

    [Fact]
    public async Task AnAnonymousOrReadOnlyRead_OfAHiddenType_IsNeverServedToAnAdminToken()
    {
        var title = "Budget draft " + Guid.NewGuid().ToString("N");
        var id = await CreateMemoAsync(title);
        using var admin = factory.TokenClient(await factory.CreateTokenAsync("admin"));
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var anonymous = factory.CreateClient();

        var anonymousFirst = await ReadAsync(anonymous, id);
        var readerFirst = await ReadAsync(reader, id);
        var adminAfter = await ReadAsync(admin, id);
        var editorAfter = await ReadAsync(await factory.AdminClientAsync(), id);

        Assert.False(SeesMemo(anonymousFirst, title));
        Assert.False(SeesMemo(readerFirst, title));
        Assert.True(SeesMemo(adminAfter, title));
        Assert.True(SeesMemo(editorAfter, title));
    }

    [Fact]
    public async Task TwoCacheableCallersWithDifferentRights_NeverShareAnEntry_InEitherOrder()
    {
        // Anonymous callers lose View on everything, so they and a read-only token see different things while both are cached.
        await factory.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<CmsRole>>();
            var role = (await roles.FindByNameAsync("Anonymous"))!;
            return await roles.RemoveClaimAsync(role, new Claim(Permission.ClaimType, ContentPermissions.ViewContent.Name));
        });
        using var anonymous = factory.CreateClient();
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var otherReader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        const string Query = "{ workgroup { displayText } }";
        const string Other = "{ workgroup { contentItemId } }";

        var (_, anonymousFirst) = await anonymous.GraphQLAsync(Query);
        var (readerResponse, readerAfter) = await reader.GraphQLAsync(Query);
        var (_, readerFirst) = await otherReader.GraphQLAsync(Other);
        var (_, anonymousAfter) = await anonymous.GraphQLAsync(Other);

        Assert.Empty(anonymousFirst.Data("workgroup")!.AsArray());
        Assert.Equal(5, readerAfter.Data("workgroup")!.AsArray().Count);
        Assert.True(readerResponse.Headers.CacheControl!.Private);
        Assert.Equal(5, readerFirst.Data("workgroup")!.AsArray().Count);
        Assert.Empty(anonymousAfter.Data("workgroup")!.AsArray());
    }
}
