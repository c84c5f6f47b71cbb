using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.Security;
using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>
/// The recipe's Staff index is not public: querying it takes QueryLuceneStaffIndex (or ManageLuceneIndexes), over
/// REST, GraphQL and Orchard's JSON API alike; the public indexes stay open to everyone. Hits are still checked one by one.
/// </summary>
[Collection(nameof(SearchHost))]
public sealed class SearchIndexPermissionTests(SearchHost host)
{
    private const string Password = "Search-Tests-2026";
    private const string StaffQuery = """{ search(index: "Staff", query: "robot") { totalCount } }""";

    [Fact]
    public async Task PrivateIndex_IsForbidden_ToTheAnonymous_OverEveryApi()
    {
        using var anonymous = host.Factory.CreateClient();

        var rest = await anonymous.GetAsync(new Uri("/api/search?index=Staff&q=robot", UriKind.Relative), TestContext.Current.CancellationToken);
        var (_, graph) = await anonymous.GraphQLAsync(StaffQuery);

        Assert.Equal(HttpStatusCode.Forbidden, rest.StatusCode);
        Assert.Contains("QueryLuceneStaffIndex", await rest.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", graph["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("search", graph["errors"]![0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task PublicIndex_StaysOpen_ToTheAnonymous()
    {
        var result = await SearchAsync(host.Factory.CreateClient(), "index=Search&q=robot");

        Assert.Equal(3, Total(result));
    }

    [Fact]
    public async Task RoleWithoutTheIndexPermission_IsForbidden()
    {
        using var client = await UserInRoleAsync(permission: null);

        var response = await client.GetAsync(new Uri("/api/search?index=Staff&q=robot", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RoleWithTheIndexPermission_Queries_ButSeesOnlyItemsItMayView()
    {
        await CaughtUpAsync(host.Factory, "Staff");
        using var client = await UserInRoleAsync("QueryLuceneStaffIndex");
        using var admin = await host.Factory.AdminClientAsync();

        var mine = await SearchAsync(client, "index=Staff&q=robot*");
        var all = await SearchAsync(admin, "index=Staff&q=robot*");

        // The draft is in the index (it follows latest versions) but the role may not preview it; the administrator may.
        Assert.DoesNotContain("Robotics draft plan", Titles(mine));
        Assert.Contains("Robotics draft plan", Titles(all));
        Assert.Equal(Total(all) - 1, Total(mine));
    }

    [Fact]
    public async Task JsonApi_NeedsTheIndexPermission_AsWellAsQueryLuceneApi()
    {
        await CaughtUpAsync(host.Factory, "Staff");
        using var apiOnly = await UserInRoleAsync("QueryLuceneApi");
        using var both = await UserInRoleAsync("QueryLuceneApi", "QueryLuceneStaffIndex");
        var uri = new Uri("/api/lucene/content?indexName=Staff&query=" + Uri.EscapeDataString("""{"query":{"match_all":{}}}"""), UriKind.Relative);

        var refused = await apiOnly.GetAsync(uri, TestContext.Current.CancellationToken);
        var allowed = await both.GetAsync(uri, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.True(JsonNode.Parse(await allowed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["count"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task TokenScopes_ContentReadIsForbidden_AdminScopeQueries()
    {
        await CaughtUpAsync(host.Factory, "Staff");
        using var reader = host.Factory.TokenClient(await host.Factory.CreateTokenAsync("content:read"));
        using var root = host.Factory.TokenClient(await host.Factory.CreateTokenAsync("admin"));

        var refused = await reader.GetAsync(new Uri("/api/search?index=Staff&q=robot", UriKind.Relative), TestContext.Current.CancellationToken);
        var (_, graph) = await root.GraphQLAsync(StaffQuery);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(graph["errors"]);
        Assert.True(graph.Data("search")!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task IndexPermissions_AreListedForTheRolesScreen_OnePerIndex()
    {
        var names = await host.Factory.InScopeAsync(services => Task.FromResult(services.GetServices<IPermissionProvider>()
            .SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToList()));

        Assert.Contains("QueryLuceneSearchIndex", names);
        Assert.Contains("QueryLuceneDraftsIndex", names);
        Assert.Contains("QueryLuceneStaffIndex", names);
    }

    /// <summary>A signed-in user whose only role holds <paramref name="permission"/> (plus what every signed-in user has).</summary>
    private async Task<HttpClient> UserInRoleAsync(params string[]? permission)
    {
        var role = $"SearchRole{Guid.NewGuid():N}"[..24];
        var user = $"searcher-{Guid.NewGuid():N}"[..20];
        await host.Factory.GrantAsync(role, "ViewOwnContent");
        foreach (var name in permission ?? [])
        {
            await host.Factory.GrantAsync(role, name);
        }

        await host.Factory.CreateUserAsync(user, Password, role);
        return await host.Factory.SignedInClientAsync(user, Password);
    }
}
