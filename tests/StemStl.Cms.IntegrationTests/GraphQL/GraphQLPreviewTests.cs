using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Headless preview: editors hand an external front end a signed, short-lived token for one item or one type.</summary>
public sealed class GraphQLPreviewTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string ItemQuery = "query ($id: ID!) { contentItem(contentItemId: $id, status: LATEST) { displayText } }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> DraftPageAsync(string title)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostJsonAsync("/api/content?draft=true", Json.Page(title));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> RequestTokenAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/preview-tokens", request, Ct);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct)) as JsonObject ?? []);
    }

    private HttpClient PreviewClient(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Preview-Token", token);
        return client;
    }

    [Fact]
    public async Task AnItemToken_ShowsThatDraftToAnAnonymousFrontEnd_AndNoOtherDraft()
    {
        var draft = await DraftPageAsync("Spring STEM night (draft)");
        var other = await DraftPageAsync("Unrelated secret draft");
        using var admin = await factory.AdminClientAsync();
        var (status, issued) = await RequestTokenAsync(admin, new { contentItemId = draft, minutes = 10 });
        Assert.Equal(HttpStatusCode.OK, status);
        using var frontEnd = PreviewClient(issued["token"]!.GetValue<string>());

        var (_, shown) = await frontEnd.GraphQLAsync(ItemQuery, new JsonObject { ["id"] = draft });
        var (_, hidden) = await frontEnd.GraphQLAsync(ItemQuery, new JsonObject { ["id"] = other });
        var (_, listed) = await frontEnd.GraphQLAsync("{ pageConnection(status: DRAFT) { totalCount items { contentItemId } } }");

        Assert.Equal("Spring STEM night (draft)", shown.Data("contentItem")!["displayText"]!.GetValue<string>());
        Assert.Null(hidden.Data("contentItem"));
        Assert.Equal(1, listed.Data("pageConnection")!["totalCount"]!.GetValue<int>());
        Assert.Equal(draft, listed.Data("pageConnection")!["items"]![0]!["contentItemId"]!.GetValue<string>());
    }

    [Fact]
    public async Task ATypeToken_ListsThatTypesDrafts_ButNotAnotherTypes()
    {
        var draft = await DraftPageAsync("Draft listed by a type token");
        using var admin = await factory.AdminClientAsync();
        var (_, issued) = await RequestTokenAsync(admin, new { contentType = "Page" });
        using var frontEnd = PreviewClient(issued["token"]!.GetValue<string>());

        var (_, pages) = await frontEnd.GraphQLAsync("{ page(status: DRAFT) { contentItemId } }");
        var (_, workgroups) = await frontEnd.GraphQLAsync("{ workgroup(status: DRAFT) { contentItemId } }");

        Assert.Contains(pages.Data("page")!.AsArray(), p => p!["contentItemId"]!.GetValue<string>() == draft);
        Assert.Equal("FORBIDDEN", workgroups["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task APreviewRead_IsNeverCached_SoTheNextAnonymousCallerDoesNotSeeTheDraft()
    {
        var draft = await DraftPageAsync("Draft that must not linger in a cache");
        using var admin = await factory.AdminClientAsync();
        var (_, issued) = await RequestTokenAsync(admin, new { contentType = "Page" });
        using var frontEnd = PreviewClient(issued["token"]!.GetValue<string>());
        using var anonymous = factory.CreateClient();
        const string Published = "{ page { contentItemId displayText } }";

        // Even a document that names no status is a preview when a token comes with it.
        var (previewed, _) = await frontEnd.GraphQLAsync("{ page(status: LATEST) { contentItemId } }");
        var (published, _) = await frontEnd.GraphQLAsync(Published);
        var (_, afterwards) = await anonymous.GraphQLAsync("{ page(status: LATEST) { contentItemId } }");

        Assert.True(previewed.Headers.CacheControl!.NoStore);
        Assert.Null(previewed.Headers.ETag);
        Assert.True(published.Headers.CacheControl!.NoStore);
        Assert.DoesNotContain(draft, afterwards.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlteredToken_IsRefusedWith401_NotReadAsAnonymous()
    {
        var draft = await DraftPageAsync("Draft behind a broken token");
        using var admin = await factory.AdminClientAsync();
        var (_, issued) = await RequestTokenAsync(admin, new { contentItemId = draft });
        var token = issued["token"]!.GetValue<string>();
        using var frontEnd = PreviewClient(token[..^3] + (token[^3] == 'x' ? "y" : "x") + token[^2..]);

        var response = await frontEnd.PostAsJsonAsync("/api/graphql", new { query = "{ page { contentItemId } }" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("preview token", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyPeopleWhoMayPreview_GetTokens_AndBadRequestsSayWhatIsWrong()
    {
        var draft = await DraftPageAsync("Draft nobody else may preview");
        await factory.CreateUserAsync("plain-preview-user", CmsFactory.AdminPassword);
        using var anonymous = factory.CreateClient();
        using var plain = await factory.SignedInClientAsync("plain-preview-user", CmsFactory.AdminPassword);
        using var admin = await factory.AdminClientAsync();

        var (anonymousStatus, _) = await RequestTokenAsync(anonymous, new { contentItemId = draft });
        var (itemStatus, itemProblem) = await RequestTokenAsync(plain, new { contentItemId = draft });
        var (typeStatus, _) = await RequestTokenAsync(plain, new { contentType = "Page" });
        var (bothStatus, both) = await RequestTokenAsync(admin, new { contentItemId = draft, contentType = "Page" });
        var (longStatus, tooLong) = await RequestTokenAsync(admin, new { contentItemId = draft, minutes = 600 });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStatus);
        Assert.Equal(HttpStatusCode.NotFound, itemStatus);
        Assert.DoesNotContain("Draft nobody else", itemProblem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, typeStatus);
        Assert.Equal(HttpStatusCode.BadRequest, bothStatus);
        Assert.NotNull(both["errors"]!["contentItemId"]);
        Assert.Equal(HttpStatusCode.BadRequest, longStatus);
        Assert.NotNull(tooLong["errors"]!["minutes"]);
    }
}
