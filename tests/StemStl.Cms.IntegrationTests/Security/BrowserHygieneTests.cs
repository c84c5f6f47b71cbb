using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

public sealed class BrowserHygieneTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/admin/login")]
    [InlineData("/api/content/stemstlworkgroup0000000001")]
    [InlineData("/api/content/nosuchitem")]
    [InlineData("/_content/StemStl.Themes.Admin/admin.css")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path, Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task CookieWrite_FromAnotherSite_IsRefusedAndChangesNothing()
    {
        using var editor = await factory.AdminClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = JsonContent(Json.Page("Planted by another site")) };
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await editor.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another site", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookieWrite_FromTheSameSite_AndTokenWrites_FromAnywhere_GoThrough()
    {
        using var editor = await factory.AdminClientAsync();
        using var sameSite = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = JsonContent(Json.Page("Same site")) };
        sameSite.Headers.Add("Origin", editor.BaseAddress!.GetLeftPart(UriPartial.Authority));
        sameSite.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var token = factory.TokenClient(await factory.CreateTokenAsync("content:write:Page"));
        using var fromElsewhere = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = JsonContent(Json.Page("Integration")) };
        fromElsewhere.Headers.Add("Origin", "https://integration.example");

        Assert.Equal(HttpStatusCode.Created, (await editor.SendAsync(sameSite, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await token.SendAsync(fromElsewhere, Ct)).StatusCode);
    }

    private static StringContent JsonContent(System.Text.Json.Nodes.JsonNode body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
