using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

public sealed class ContentListPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task List_SearchesTitlesAndCountsTheMatches()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var html = await admin.GetStringAsync("/admin/content?q=workforce", Ct);

        Assert.Contains("1 item(s)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not understood", html, StringComparison.Ordinal);
        Assert.Contains("Connection to the Workforce", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Centralizing Communications</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PagesThroughItemsKeepingTheFilters()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var html = await admin.GetStringAsync("/admin/content?type=Workgroup&sort=DisplayTextAscending", Ct);

        Assert.Contains("5 item(s)", html, StringComparison.Ordinal);
        var first = html.IndexOf("Centralizing Communications", StringComparison.Ordinal);
        var last = html.IndexOf("Supporting Quality and Rigor", StringComparison.Ordinal);
        Assert.True(first > 0 && last > first, "workgroups should be listed A to Z");
        Assert.Contains("Page 1 of 1", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/content?type=Workgroup&p=2", Ct)).StatusCode);
    }

    [Fact]
    public async Task List_OfAnUnknownType_IsNotFound()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/content?type=NoSuchType", Ct)).StatusCode);
    }

    [Fact]
    public async Task List_OfATypeTheUserMayNotList_LooksLikeAnUnknownType()
    {
        await factory.GrantAsync("PageLister", "AccessAdminPanel");
        await factory.GrantAsync("PageLister", "Edit_Page");
        await factory.CreateUserAsync("pages-only", "Pages-Only-Password-2026", "PageLister");
        using var lister = await SignedInAsync("pages-only", "Pages-Only-Password-2026");

        Assert.Equal(HttpStatusCode.OK, (await lister.GetAsync("/admin/content?type=Page", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lister.GetAsync("/admin/content?type=Workgroup", Ct)).StatusCode);
        var all = await lister.GetStringAsync("/admin/content", Ct);
        Assert.DoesNotContain("Centralizing Communications", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"Workgroup\"", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithAFilterItCannotRead_SaysSoInsteadOfFailing()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var response = await admin.GetAsync("/admin/content?status=Sideways", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Some filters were not understood", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
