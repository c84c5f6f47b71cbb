using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>The module's GraphQL additions: a workgroup's pages in order, its members and chairs, and a page's workgroup.</summary>
public sealed class WorkgroupGraphQLTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Strengthening = "stemstlworkgroup0000000004";

    private const string WorkgroupQuery = """
        query ($id: ID!) { contentItem(contentItemId: $id) { ... on Workgroup {
          pages { displayText order { value } }
          members { displayName }
          chairs { displayName } } } }
        """;

    private static JsonObject Variables(string id) => new() { ["id"] = id };

    [Fact]
    public async Task AWorkgroup_ListsItsPublishedPagesInTheirOrder_AndNoOtherWorkgroupsPages()
    {
        await factory.CreatePageAsync(Strengthening, "Annual Gathering", order: 2);
        await factory.CreatePageAsync(Strengthening, "About us", order: 0);
        await factory.CreatePageAsync(Strengthening, "Evaluation plan", order: 10);
        await factory.CreatePageAsync(Gaps, "Someone else's page", order: 1);
        using var admin = await factory.AdminClientAsync();
        var draft = await admin.PostJsonAsync("/api/content?draft=true", Page(Strengthening, "Unpublished idea", 1));
        Assert.True(draft.IsSuccessStatusCode);
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync(WorkgroupQuery, Variables(Strengthening));

        Assert.Null(body["errors"]);
        var pages = body.Data("contentItem")!["pages"]!.AsArray();
        Assert.Equal(["About us", "Annual Gathering", "Evaluation plan"], pages.Select(p => p!["displayText"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MembersAndChairs_AreNamedToSignedInUsers_ButAnonymousCallersGetEmptyLists()
    {
        var (ann, _) = await factory.CreateAccountAsync("Ann Member", "WorkgroupMember");
        var (ben, _) = await factory.CreateAccountAsync("Ben Member", "WorkgroupMember");
        var (cat, _) = await factory.CreateAccountAsync("Cat Chair", "WorkgroupChair");
        var (_, readerName) = await factory.CreateAccountAsync("Rita Reader");
        await factory.AddMemberAsync(Communications, ben, "member");
        await factory.AddMemberAsync(Communications, ann, "member");
        await factory.AddMemberAsync(Communications, cat, "chair");
        using var reader = await factory.ClientOfAsync(readerName);
        using var anonymous = factory.CreateClient();

        var (_, signedIn) = await reader.GraphQLAsync(WorkgroupQuery, Variables(Communications));
        var (_, anonymousBody) = await anonymous.GraphQLAsync(WorkgroupQuery, Variables(Communications));

        Assert.Null(signedIn["errors"]);
        var workgroup = signedIn.Data("contentItem")!;
        Assert.Equal(["Ann Member", "Ben Member"], workgroup["members"]!.AsArray().Select(m => m!["displayName"]!.GetValue<string>()));
        Assert.Equal(["Cat Chair"], workgroup["chairs"]!.AsArray().Select(m => m!["displayName"]!.GetValue<string>()));
        Assert.Null(anonymousBody["errors"]);
        Assert.Empty(anonymousBody.Data("contentItem")!["members"]!.AsArray());
        Assert.Empty(anonymousBody.Data("contentItem")!["chairs"]!.AsArray());
    }

    [Fact]
    public async Task AWorkgroupPage_ReachesItsWorkgroup_ThroughThePickerAndThroughWorkgroupItem()
    {
        var page = await factory.CreatePageAsync(Workforce, "Business advisory council", order: 1);
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync(
            "query ($id: ID!) { contentItem(contentItemId: $id) { ... on WorkgroupPage { workgroup { contentItems { displayText } } workgroupItem { displayText pages { displayText } } } } }",
            Variables(page["ContentItemId"]!.GetValue<string>()));

        Assert.Null(body["errors"]);
        var item = body.Data("contentItem")!;
        Assert.Equal("Connection to the Workforce", item["workgroup"]!["contentItems"]![0]!["displayText"]!.GetValue<string>());
        Assert.Equal("Connection to the Workforce", item["workgroupItem"]!["displayText"]!.GetValue<string>());
        Assert.Contains(item["workgroupItem"]!["pages"]!.AsArray(), p => p!["displayText"]!.GetValue<string>() == "Business advisory council");
    }

    [Fact]
    public async Task PagesMembersAndChairs_OfEveryWorkgroup_CostAsManySqlCommandsAsThoseOfOne()
    {
        var (fay, _) = await factory.CreateAccountAsync("Fay Chair", "WorkgroupChair");
        await factory.AddMemberAsync(Gaps, fay, "chair");
        await factory.CreatePageAsync(Gaps, "Landscape analysis", order: 1);
        using var admin = await factory.AdminClientAsync();

        var one = await ProbeAsync(admin, first: 1);
        var all = await ProbeAsync(admin, first: 5);

        Assert.NotEmpty(one);
        Assert.Equal(one.Count, all.Count);
    }

    [Fact]
    public async Task AnApiToken_GetsEmptyLists_BecauseNamesAreNotPublishedContent()
    {
        var (gus, _) = await factory.CreateAccountAsync("Gus Chair", "WorkgroupChair");
        await factory.AddMemberAsync(Workforce, gus, "chair");
        using var token = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var admin = await factory.AdminClientAsync();

        var (_, tokenBody) = await token.GraphQLAsync(WorkgroupQuery, Variables(Workforce));
        var (_, adminBody) = await admin.GraphQLAsync(WorkgroupQuery, Variables(Workforce));

        Assert.Null(tokenBody["errors"]);
        Assert.Empty(tokenBody.Data("contentItem")!["chairs"]!.AsArray());
        Assert.Contains(adminBody.Data("contentItem")!["chairs"]!.AsArray(), c => c!["displayName"]!.GetValue<string>() == "Gus Chair");
    }

    private async Task<IReadOnlyList<string>> ProbeAsync(HttpClient client, int first)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["query"] = $"{{ workgroup(first: {first}, orderBy: [{{ displayText: DESC }}]) {{ displayText pages {{ displayText }} members {{ displayName }} chairs {{ displayName }} }} }}",
            }),
        };
        request.Headers.Add(SqlCommandCounter.Header, probe);
        var response = await client.SendAsync(request, Ct);
        var body = await response.ReadObjectAsync();
        Assert.Null(body["errors"]);
        Assert.Equal(first, body.Data("workgroup")!.AsArray().Count);
        return factory.Services.GetRequiredService<SqlCommandCounter>().CommandsFor(probe);
    }
}
