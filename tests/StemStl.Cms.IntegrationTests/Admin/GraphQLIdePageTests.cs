using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

public sealed class GraphQLIdePageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GraphQLIde_WhenAnonymous_RedirectsToSignInWithReturnUrl()
    {
        using var browser = factory.Browser();

        var response = await browser.GetAsync("/admin/graphql", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login?ReturnUrl=%2Fadmin%2Fgraphql", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQLIde_ForAUserWithoutAdminAccess_IsDenied()
    {
        await factory.CreateUserAsync("ide-reader", "Ide-Reader-Password-2026");
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("ide-reader", "Ide-Reader-Password-2026")).StatusCode);

        var response = await browser.GetAsync("/admin/graphql", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("graphql-ide", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FontRelaxation_AppliesToTheIdeOnly()
    {
        using var browser = factory.Browser();
        await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        foreach (var path in new[] { "/admin", "/admin/login", "/api/graphql?query=%7B__typename%7D", "/admin/no-such-page" })
        {
            var csp = (await browser.GetAsync(path, Ct)).Headers.GetValues("Content-Security-Policy").Single();
            Assert.True(csp.Contains("font-src 'self';", StringComparison.Ordinal), $"{path}: {csp}");
        }
    }

    [Fact]
    public async Task GraphQLIde_ForAContributor_LoadsGraphiQLFromTheAdminsOwnAssetsWithNoInlineScript()
    {
        // Contributor holds AccessAdminPanel and nothing else: the page needs no more than entering the admin.
        await factory.CreateUserAsync("ide-contributor", "Ide-Contributor-Password-2026", "Contributor");
        using var browser = factory.Browser();
        await browser.SignInAsync("ide-contributor", "Ide-Contributor-Password-2026");

        var response = await browser.GetAsync("/admin/graphql", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>GraphQL IDE</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/graphql\" aria-current=\"page\">GraphQL IDE</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/api/graphql\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("graphql-ide-missing", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("font-src 'self' data:;", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        foreach (var asset in new[] { "lib/graphiql/graphiql.min.js", "lib/graphiql/react.production.min.js", "admin/graphql-ide.js" })
        {
            var served = await browser.GetAsync($"/_content/StemStl.Cms.Admin/{asset}", Ct);
            Assert.True(served.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)served.StatusCode}");
        }
    }
}
