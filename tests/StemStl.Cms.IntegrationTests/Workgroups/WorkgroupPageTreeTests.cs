using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>The page tree at /admin/workgroups/{id}/pages: who may open it, and reordering that reaches GraphQL or drafts.</summary>
public sealed class WorkgroupPageTreeTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Strengthening = "stemstlworkgroup0000000004";
    private const string Fifth = "stemstlworkgroup0000000005";

    private static string TreeOf(string workgroupId) => $"/admin/workgroups/{workgroupId}/pages";

    private async Task<HttpClient> BrowserOfAsync(string userName, string password = Password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, password)).StatusCode);
        return browser;
    }

    /// <summary>Posts a whole order as the page's script does: the form's token, the ids in order, asking for JSON.</summary>
    private static async Task<HttpResponseMessage> PostOrderAsync(HttpClient browser, string workgroupId, params string[] ids)
    {
        var token = await browser.AntiforgeryTokenAsync(TreeOf(workgroupId));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{TreeOf(workgroupId)}?handler=Order")
        {
            Content = new FormUrlEncodedContent(ids.Select(id => KeyValuePair.Create("order", id)).Append(KeyValuePair.Create("__RequestVerificationToken", token))),
        };
        request.Headers.Accept.ParseAdd("application/json");
        return await browser.SendAsync(request, Ct);
    }

    private static async Task<IReadOnlyList<string>> PublishedOrderAsync(HttpClient client, string workgroupId)
    {
        var (_, body) = await client.GraphQLAsync(
            "query ($id: ID!) { contentItem(contentItemId: $id) { ... on Workgroup { pages { displayText } } } }",
            new JsonObject { ["id"] = workgroupId });
        Assert.Null(body["errors"]);
        return [.. body.Data("contentItem")!["pages"]!.AsArray().Select(p => p!["displayText"]!.GetValue<string>())];
    }

    private static string Id(JsonObject item) => item["ContentItemId"]!.GetValue<string>();

    [Fact]
    public async Task AChair_DragsThePagesIntoANewOrder_AndGraphQLListsThemInIt()
    {
        var a = await factory.CreatePageAsync(Fifth, "Alpha", order: 1);
        var b = await factory.CreatePageAsync(Fifth, "Bravo", order: 2);
        var c = await factory.CreatePageAsync(Fifth, "Charlie", order: 3);
        var (chair, chairName) = await factory.CreateAccountAsync("Tree Chair", "WorkgroupChair");
        await factory.AddMemberAsync(Fifth, chair, "chair");
        using var browser = await BrowserOfAsync(chairName);

        var response = await PostOrderAsync(browser, Fifth, Id(c), Id(a), Id(b));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The new order is saved.", (await response.ReadObjectAsync())["message"]!.GetValue<string>());
        using var anonymous = factory.CreateClient();
        Assert.Equal(["Charlie", "Alpha", "Bravo"], await PublishedOrderAsync(anonymous, Fifth));
        var tree = await browser.GetStringAsync(TreeOf(Fifth), Ct);
        Assert.True(tree.IndexOf("Charlie", StringComparison.Ordinal) < tree.IndexOf("Alpha", StringComparison.Ordinal));
        Assert.Contains("aria-label=\"Move down: Charlie\"", tree, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMember_MovesAPageWithTheButtonsWithoutScript_AndTheNewPlacesWaitAsDraftsForReview()
    {
        var first = await factory.CreatePageAsync(Strengthening, "First things", order: 1);
        var second = await factory.CreatePageAsync(Strengthening, "Second thoughts", order: 2);
        var (member, memberName) = await factory.CreateAccountAsync("Tree Member", "WorkgroupMember");
        await factory.AddMemberAsync(Strengthening, member, "member");
        using var browser = await BrowserOfAsync(memberName);

        var moved = await browser.SubmitAsync($"{TreeOf(Strengthening)}?handler=Move&pageId={Id(second)}&direction=up", new Dictionary<string, string>(), getUrl: TreeOf(Strengthening));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.EndsWith($"#page-{Id(second)}", moved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var tree = await browser.GetStringAsync(TreeOf(Strengthening), Ct);
        Assert.True(tree.IndexOf("Second thoughts", StringComparison.Ordinal) < tree.IndexOf("First things", StringComparison.Ordinal));
        Assert.Contains("Draft pending", tree, StringComparison.Ordinal);
        using var anonymous = factory.CreateClient();
        Assert.Equal(["First things", "Second thoughts"], (await PublishedOrderAsync(anonymous, Strengthening)).Where(t => t is "First things" or "Second thoughts"));
        Assert.NotNull(first);
    }

    [Fact]
    public async Task AnOrderThatLeavesOutAPage_IsRefusedWithTheReason_AndChangesNothing()
    {
        var one = await factory.CreatePageAsync(Workforce, "Internships", order: 1);
        var two = await factory.CreatePageAsync(Workforce, "Apprenticeships", order: 2);
        using var admin = await BrowserOfAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var partial = await PostOrderAsync(admin, Workforce, Id(two));
        var twice = await PostOrderAsync(admin, Workforce, Id(two), Id(two));
        var stranger = await PostOrderAsync(admin, Workforce, Id(two), "stemstlworkgroup0000000001");

        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.Contains("names 1 of the workgroup's 2 pages", (await partial.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        using var anonymous = factory.CreateClient();
        Assert.Equal(["Internships", "Apprenticeships"], await PublishedOrderAsync(anonymous, Workforce));
        Assert.NotNull(one);
    }

    [Fact]
    public async Task AMemberOfAnotherWorkgroup_IsDenied_AnUnknownWorkgroupIsNotFound_AndAnEditorMayOrder()
    {
        await factory.CreatePageAsync(Gaps, "Gap map", order: 1);
        var (outsider, outsiderName) = await factory.CreateAccountAsync("Other Member", "WorkgroupMember");
        await factory.AddMemberAsync(Communications, outsider, "member");
        var (_, editorName) = await factory.CreateAccountAsync("Tree Editor", "Editor");
        using var member = await BrowserOfAsync(outsiderName);
        using var editor = await BrowserOfAsync(editorName);

        var denied = await member.GetAsync(TreeOf(Gaps), Ct);
        var own = await member.GetAsync(TreeOf(Communications), Ct);
        var unknown = await member.GetAsync(TreeOf("stemstlworkgroup0000000077"), Ct);
        var editorView = await editor.GetAsync(TreeOf(Gaps), Ct);

        Assert.StartsWith("/admin/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editorView.StatusCode);
        Assert.Contains("Gap map", await editorView.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrderPostedWithoutTheAntiforgeryToken_IsRefused()
    {
        var page = await factory.CreatePageAsync(Communications, "Portal roadmap", order: 1);
        using var admin = await BrowserOfAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var response = await admin.PostAsync($"{TreeOf(Communications)}?handler=Order", new FormUrlEncodedContent([KeyValuePair.Create("order", Id(page))]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
