using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

/// <summary>OAuth2 client credentials for integrations: register a client, get a token, use it, lose it.</summary>
public sealed class OAuthClientCredentialsTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static readonly string[] ReadScope = ["content:read"];
    private static readonly string[] UnknownTypeScope = ["content:write:NoSuchType"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string ClientId, string Secret)> RegisterAsync(params string[] scopes)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/oauth-clients", new { name = "district-sync", scopes }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var body = await response.ReadObjectAsync();
        return (body["clientId"]!.GetValue<string>(), body["clientSecret"]!.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> RequestTokenAsync(params (string Name, string Value)[] form)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Name, f.Value))), Ct);
        return (response.StatusCode, await response.ReadObjectAsync());
    }

    private async Task<string> TokenAsync(string clientId, string secret, string? scope = null)
    {
        var (status, body) = await RequestTokenAsync(
            [("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret), .. scope is null ? [] : new[] { ("scope", scope) }]);
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        return body["access_token"]!.GetValue<string>();
    }

    private async Task<string> CreateAsync(string url, JsonObject item)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostJsonAsync(url, item);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    [Fact]
    public async Task AReadClient_ReadsPublishedContent_ButNeitherDraftsNorWrites()
    {
        var published = await CreateAsync("/api/content", Json.Page("Read through OAuth"));
        var draft = await CreateAsync("/api/content?draft=true", Json.Page("Hidden from OAuth readers"));
        var (clientId, secret) = await RegisterAsync("content:read");
        using var client = factory.TokenClient(await TokenAsync(clientId, secret));

        var read = await client.GetAsync($"/api/content/{published}", Ct);
        var hidden = await client.GetAsync($"/api/content/{draft}?status=latest", Ct);
        var write = await client.PostJsonAsync("/api/content", Json.Page("Not allowed"));
        var (_, graph) = await client.GraphQLAsync("{ workgroup(first: 1) { displayText } }");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Single(graph.Data("workgroup")!.AsArray());
    }

    [Fact]
    public async Task AWriteClientForOneType_WritesThatTypeOnly()
    {
        var (clientId, secret) = await RegisterAsync("content:read", "content:write:Page");
        using var client = factory.TokenClient(await TokenAsync(clientId, secret, "content:write:Page"));

        var page = await client.PostJsonAsync("/api/content", Json.Page("Written by an integration"));
        var workgroup = await client.PostJsonAsync("/api/content", new JsonObject { ["ContentType"] = "Workgroup", ["TitlePart"] = new JsonObject { ["Title"] = "Nope" } });

        Assert.Equal(HttpStatusCode.Created, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, workgroup.StatusCode);
    }

    [Fact]
    public async Task TheTokenEndpoint_RefusesWrongSecretsUnknownClientsOtherGrantsAndUngrantedScopes()
    {
        var (clientId, secret) = await RegisterAsync("content:read");

        var wrongSecret = await RequestTokenAsync(("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret + "x"));
        var unknown = await RequestTokenAsync(("grant_type", "client_credentials"), ("client_id", "stl-client-nobody"), ("client_secret", secret));
        var password = await RequestTokenAsync(("grant_type", "password"), ("client_id", clientId), ("client_secret", secret), ("username", "admin"), ("password", CmsFactory.AdminPassword));
        var moreScope = await RequestTokenAsync(("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret), ("scope", "content:write:*"));

        Assert.Equal("invalid_client", wrongSecret.Body["error"]!.GetValue<string>());
        Assert.Equal("invalid_client", unknown.Body["error"]!.GetValue<string>());
        Assert.Equal("unsupported_grant_type", password.Body["error"]!.GetValue<string>());
        // OpenIddict answers a scope beyond the client's permissions as invalid_request, naming the scope as the reason.
        Assert.Equal("invalid_request", moreScope.Body["error"]!.GetValue<string>());
        Assert.Contains("scope", moreScope.Body["error_description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All([wrongSecret.Status, unknown.Status, password.Status, moreScope.Status], s => Assert.True(s is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, s.ToString()));
    }

    [Fact]
    public async Task DeletingAClient_EndsItsTokensOnTheNextRequest()
    {
        var (clientId, secret) = await RegisterAsync("content:read");
        using var client = factory.TokenClient(await TokenAsync(clientId, secret));
        using var admin = await factory.AdminClientAsync();
        var before = await client.GetAsync("/api/content/stemstlworkgroup0000000001", Ct);

        var deleted = await admin.DeleteAsync($"/api/oauth-clients/{clientId}", Ct);
        var after = await client.GetAsync("/api/content/stemstlworkgroup0000000001", Ct);
        var again = await admin.DeleteAsync($"/api/oauth-clients/{clientId}", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("invalid_token", after.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task OnlyTokenManagers_RegisterClients_AndSecretsAreNeverListed()
    {
        const string Editor = "oauth-editor";
        await factory.CreateUserAsync(Editor, CmsFactory.AdminPassword, "Editor");
        using var editor = await factory.SignedInClientAsync(Editor, CmsFactory.AdminPassword);
        using var anonymous = factory.CreateClient();
        using var admin = await factory.AdminClientAsync();
        var (clientId, secret) = await RegisterAsync("content:preview");

        var byEditor = await editor.PostAsJsonAsync("/api/oauth-clients", new { name = "x", scopes = ReadScope }, Ct);
        var byAnonymous = await anonymous.PostAsJsonAsync("/api/oauth-clients", new { name = "x", scopes = ReadScope }, Ct);
        var badScope = await admin.PostAsJsonAsync("/api/oauth-clients", new { name = "x", scopes = UnknownTypeScope }, Ct);
        var list = await admin.GetStringAsync("/api/oauth-clients", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badScope.StatusCode);
        Assert.Contains(clientId, list, StringComparison.Ordinal);
        Assert.Contains("content:preview", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_TheTokenEndpointRefusesPlainHttp_UnlessConfiguredBehindAProxy()
    {
        await using var production = new CmsFactory(CmsFactory.NewFolder(), ownsFolder: true, environment: "Production");
        await using var proxied = new CmsFactory(CmsFactory.NewFolder(), ownsFolder: true, new Dictionary<string, string?> { ["StemStl:OAuth:AllowHttp"] = "true" }, environment: "Production");
        using var direct = production.CreateClient();
        using var behindProxy = proxied.CreateClient();
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "stl-client-nobody", ["client_secret"] = "x" };

        var refused = await direct.PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);
        var allowed = await behindProxy.PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("HTTPS", await refused.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("invalid_client", (await allowed.ReadObjectAsync())["error"]!.GetValue<string>());
    }
}
