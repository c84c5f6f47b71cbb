using System.Net;
using System.Net.Http.Json;
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
}
