using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

public sealed class AdminShellTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_WhenAnonymous_RedirectsToSignInWithReturnUrl()
    {
        using var browser = factory.Browser();

        var response = await browser.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login?ReturnUrl=%2Fadmin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_OpensTheDashboardWithTheLatestSeededContent()
    {
        using var browser = factory.Browser();

        var signIn = await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location!.OriginalString);

        var dashboard = await browser.GetStringAsync("/admin", Ct);
        Assert.Contains("<h1>Dashboard</h1>", dashboard, StringComparison.Ordinal);
        // The setup recipe ends with the module recipes' sample content (resources, pathways), each titled "Sample: …".
        Assert.Contains(">Sample: ", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/content\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSoAndKeepsTheUserName()
    {
        using var browser = factory.Browser();

        var response = await browser.SignInAsync("admin", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("The user name (or e-mail) or the password is wrong.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"admin\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin", Ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithEmptyFields_PutsEachMessageNextToItsField()
    {
        using var browser = factory.Browser();

        var html = await (await browser.SignInAsync("", "")).Content.ReadAsStringAsync(Ct);

        Assert.Contains("data-valmsg-for=\"UserName\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter your user name or e-mail address.", html, StringComparison.Ordinal);
        Assert.Contains("Enter your password.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var browser = factory.Browser();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = CmsFactory.AdminUserName, ["Password"] = CmsFactory.AdminPassword });

        var response = await browser.PostAsync("/admin/login", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin", Ct)).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAForeignReturnUrl_StaysOnTheSite()
    {
        using var browser = factory.Browser();

        var response = await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword, "/admin/login?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Dashboard_ForAUserWithoutAdminAccess_IsDenied()
    {
        await factory.CreateUserAsync("reader", "Reader-Password-2026");
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("reader", "Reader-Password-2026")).StatusCode);

        var response = await browser.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin/content", Ct)).StatusCode);
        var denied = await browser.GetStringAsync(response.Headers.Location, Ct);
        Assert.Contains("You are signed in as <strong>reader</strong>", denied, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var browser = factory.Browser();
        await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var response = await browser.SubmitAsync("/admin/signout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin", Ct)).StatusCode);
    }

    [Fact]
    public async Task Theme_StylesheetIsServed()
    {
        using var browser = factory.Browser();

        var response = await browser.GetAsync("/_content/StemStl.Themes.Admin/admin.css", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
    }
}
