using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

public sealed class RateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CmsFactory Host(params (string Key, string Value)[] limits) => new(CmsFactory.NewFolder(), ownsFolder: true,
        limits.ToDictionary(l => "StemStl:RateLimits:" + l.Key, l => (string?)l.Value));

    [Fact]
    public async Task SignIn_PerAccount_Answers429WithRetryAfter_EvenWithTheRightPassword()
    {
        await using var host = Host(("SignInPerAccountPerMinute", "3"));
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/account/signin", new { userName = "admin", password = "wrong" }, Ct)).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/account/signin", new { userName = "ADMIN", password = CmsFactory.AdminPassword }, Ct);
        var otherAccount = await client.PostAsJsonAsync("/api/account/signin", new { userName = "someone-else", password = "x" }, Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, otherAccount.StatusCode);
    }

    [Fact]
    public async Task SignIn_PerIp_LimitsTheAdminFormToo()
    {
        await using var host = Host(("SignInPerIpPerMinute", "2"));
        using var browser = host.Browser();

        await browser.SignInAsync("a", "wrong-1");
        await browser.SignInAsync("b", "wrong-2");
        var limited = await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Too many sign-in attempts", await limited.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotNull(limited.Headers.RetryAfter);
    }

    [Fact]
    public async Task ApiToken_HasItsOwnBudget_AndOtherTokensAreUnaffected()
    {
        await using var host = Host(("TokenPerMinute", "3"));
        using var first = host.TokenClient(await host.CreateTokenAsync("content:read"));
        using var second = host.TokenClient(await host.CreateTokenAsync("content:read"));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await first.GetAsync("/api/content/stemstlworkgroup0000000001", Ct)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/content/stemstlworkgroup0000000001", Ct)).StatusCode);
    }

    [Fact]
    public async Task ATokenOrOAuthClientWithItsOwnLimit_IsHeldToIt_WhileTheDefaultStillAppliesToOthers()
    {
        await using var host = Host(("TokenPerMinute", "100"));
        using var admin = await host.AdminClientAsync();
        var created = await (await admin.PostAsJsonAsync("/api/tokens", new { name = "tight", scopes = ReadScope, rateLimitPerMinute = 2 }, Ct)).ReadObjectAsync();
        var client = await (await admin.PostAsJsonAsync("/api/oauth-clients", new { name = "tight-client", scopes = ReadScope, rateLimitPerMinute = 2 }, Ct)).ReadObjectAsync();
        var invalid = await admin.PostAsJsonAsync("/api/tokens", new { name = "zero", scopes = ReadScope, rateLimitPerMinute = 0 }, Ct);
        using var tokenClient = host.TokenClient(created["token"]!.GetValue<string>());
        using var oauthClient = host.TokenClient(await OAuthTokenAsync(host, client));
        using var ordinary = host.TokenClient(await host.CreateTokenAsync("content:read"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await ReadTimesAsync(tokenClient, 3));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await ReadTimesAsync(oauthClient, 3));
        Assert.All(await ReadTimesAsync(ordinary, 3), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("\"rateLimitPerMinute\":2", await admin.GetStringAsync("/api/tokens", Ct), StringComparison.Ordinal);
    }

    private static readonly string[] ReadScope = ["content:read"];

    private static async Task<List<HttpStatusCode>> ReadTimesAsync(HttpClient client, int times)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            answers.Add((await client.GetAsync("/api/content/stemstlworkgroup0000000001", Ct)).StatusCode);
        }

        return answers;
    }

    private static async Task<string> OAuthTokenAsync(CmsFactory host, JsonObject client)
    {
        using var anonymous = host.CreateClient();
        var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client["clientId"]!.GetValue<string>(),
            ["client_secret"] = client["clientSecret"]!.GetValue<string>(),
        }), Ct);
        return (await response.ReadObjectAsync())["access_token"]!.GetValue<string>();
    }
}
