using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

public sealed class ApiTokenTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string PublishedWorkgroup = "stemstlworkgroup0000000001";
    private static readonly string[] ReadScope = ["content:read"];
    private static readonly string[] AdminScope = ["admin"];
    private static readonly string[] MisspelledScopes = ["content:reed", "content:write:Workgrop"];

    [Fact]
    public async Task Create_ShowsTheValueOnceAndStoresOnlyItsHash()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/tokens", new { name = "portal", scopes = ReadScope }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadObjectAsync();
        var value = created["token"]!.GetValue<string>();
        Assert.StartsWith("stl_", value, StringComparison.Ordinal);
        var id = created["id"]!.GetValue<string>();
        var listed = await (await admin.GetAsync("/api/tokens", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(id, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(value, listed, StringComparison.Ordinal);
        var stored = await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.NotEqual(value, stored.Hash);
        Assert.Equal(64, stored.Hash.Length);
        var audit = await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == "TokenCreated").Select(e => e.Details).ToListAsync());
        Assert.NotEmpty(audit);
        Assert.DoesNotContain(audit, d => d != null && d.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bearer_WithAValidToken_AuthenticatesAndRecordsLastUse()
    {
        var token = await factory.CreateTokenAsync("content:read");
        using var client = factory.TokenClient(token);

        var me = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);
        var item = await client.GetAsync($"/api/content/{PublishedWorkgroup}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var account = await me.ReadObjectAsync();
        Assert.NotNull(account["tokenId"]?.GetValue<string>());
        Assert.Equal(["ViewContent"], account["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
        using var admin = await factory.AdminClientAsync();
        var tokens = await (await admin.GetAsync("/api/tokens", TestContext.Current.CancellationToken)).ReadArrayAsync();
        var listed = tokens.Single(t => t!["id"]!.GetValue<string>() == account["tokenId"]!.GetValue<string>());
        Assert.NotNull(listed!["lastUsedUtc"]?.GetValue<DateTime>());
    }

    [Fact]
    public async Task Revoke_RefusesTheTokenOnTheVeryNextRequest()
    {
        var token = await factory.CreateTokenAsync("content:read");
        using var client = factory.TokenClient(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/content/{PublishedWorkgroup}", TestContext.Current.CancellationToken)).StatusCode);
        using var admin = await factory.AdminClientAsync();
        var id = (await (await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken)).ReadObjectAsync())["tokenId"]!.GetValue<string>();

        var revoke = await admin.DeleteAsync($"/api/tokens/{id}", TestContext.Current.CancellationToken);
        var after = await client.GetAsync($"/api/content/{PublishedWorkgroup}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var challenge = Assert.Single(after.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("revoked", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_WithAnUnknownOrMalformedToken_Answers401EvenWhereAnonymousMayRead()
    {
        using var unknown = factory.TokenClient("stl_00000000000000000000_notarealsecretnotarealsecretnotarealsecre");
        using var malformed = factory.TokenClient("hello");

        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync($"/api/content/{PublishedWorkgroup}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await malformed.GetAsync($"/api/content/{PublishedWorkgroup}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Bearer_WithAnExpiredToken_Answers401()
    {
        var token = await factory.CreateTokenAsync("content:read");
        using var client = factory.TokenClient(token);
        var id = (await (await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken)).ReadObjectAsync())["tokenId"]!.GetValue<string>();
        await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ApiTokens
            .Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1))));

        var response = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", Assert.Single(response.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAnUnknownScopeOrType_Answers400NamingTheScope()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/tokens", new { name = "bad", scopes = MisspelledScopes }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        var messages = problem["errors"]!["scopes"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains(messages, m => m.Contains("content:reed", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("did you mean 'Workgroup'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tokens_WithoutManageApiTokens_CannotCreateTokens()
    {
        var token = await factory.CreateTokenAsync("content:write:*");
        using var client = factory.TokenClient(token);
        using var anonymous = factory.CreateClient();

        var byToken = await client.PostAsJsonAsync("/api/tokens", new { name = "escalate", scopes = AdminScope }, TestContext.Current.CancellationToken);
        var byAnonymous = await anonymous.PostAsJsonAsync("/api/tokens", new { name = "anon", scopes = ReadScope }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, byToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
    }

    [Fact]
    public async Task Revoke_IsAudited_WithoutTheTokenValue()
    {
        var token = await factory.CreateTokenAsync("content:read");
        using var client = factory.TokenClient(token);
        var id = (await (await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken)).ReadObjectAsync())["tokenId"]!.GetValue<string>();
        using var admin = await factory.AdminClientAsync();

        await admin.DeleteAsync($"/api/tokens/{id}", TestContext.Current.CancellationToken);

        var details = await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == "TokenRevoked").Select(e => e.Details!).ToListAsync());
        Assert.Contains(details, d => JsonNode.Parse(d)!["tokenId"]!.GetValue<string>() == id);
        Assert.DoesNotContain(details, d => d.Contains(token, StringComparison.Ordinal));
    }
}
