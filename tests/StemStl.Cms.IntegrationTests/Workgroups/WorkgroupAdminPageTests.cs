using System.Net;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>The admin's workgroup pages: the list, adding people by user name, removing them, and who may open them.</summary>
public sealed class WorkgroupAdminPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private async Task<HttpClient> BrowserAsync(string userName, string password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task AnAdmin_AddsAChairByUserName_SeesThemListed_AndRemovesThem_WithBothChangesAudited()
    {
        var (hal, halName) = await factory.CreateAccountAsync("Hal Chair", "WorkgroupChair");
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var page = $"/admin/workgroups/{Gaps}";

        var list = await admin.GetStringAsync("/admin/workgroups", Ct);
        var added = await admin.SubmitAsync($"{page}?handler=Add", new Dictionary<string, string> { ["UserName"] = halName.ToUpperInvariant(), ["Role"] = "chair" }, getUrl: page);
        var afterAdd = await admin.GetStringAsync(page, Ct);
        var removed = await admin.SubmitAsync($"{page}?handler=Remove&userId={hal}", new Dictionary<string, string>(), getUrl: page);
        var afterRemove = await admin.GetStringAsync(page, Ct);
        var audit = await admin.GetStringAsync("/admin/audit?category=Workgroups", Ct);

        Assert.Contains($"href=\"/admin/workgroups/{Gaps}\"", list, StringComparison.Ordinal);
        Assert.Contains("Identifying and Filling Gaps", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Hal Chair is now a chair of this workgroup.", afterAdd, StringComparison.Ordinal);
        Assert.Contains("<td>Hal Chair</td>", afterAdd, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Removed from the workgroup.", afterRemove, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Hal Chair</td>", afterRemove, StringComparison.Ordinal);
        Assert.Contains("MemberAdded", audit, StringComparison.Ordinal);
        Assert.Contains("MemberRemoved", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownUserName_IsNamedBesideTheField_AndChangesNothing()
    {
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var page = $"/admin/workgroups/{Workforce}";

        var response = await admin.SubmitAsync($"{page}?handler=Add", new Dictionary<string, string> { ["UserName"] = "nobody-by-that-name", ["Role"] = "member" }, getUrl: page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no account named &#x27;nobody-by-that-name&#x27;", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var api = await factory.AdminClientAsync();
        Assert.Empty(await (await api.GetAsync($"/api/workgroups/{Workforce}/members", Ct)).ReadArrayAsync());
    }

    [Fact]
    public async Task AnEditorWithoutTheMembersPermission_IsDenied_AndHasNoMenuEntry()
    {
        var (_, editorName) = await factory.CreateAccountAsync("Ed Editor", "Editor");
        using var editor = await BrowserAsync(editorName, Password);

        var list = await editor.GetAsync("/admin/workgroups", Ct);
        var members = await editor.GetAsync($"/admin/workgroups/{Gaps}", Ct);
        var dashboard = await editor.GetStringAsync("/admin", Ct);

        Assert.StartsWith("/admin/denied", list.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", members.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/workgroups\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMenu_OffersWorkgroupsToAdmins_AndAnUnknownWorkgroupIsNotFound()
    {
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var dashboard = await admin.GetStringAsync("/admin", Ct);
        var unknown = await admin.GetAsync("/admin/workgroups/stemstlworkgroup0000000077", Ct);

        Assert.Contains("href=\"/admin/workgroups\"", dashboard, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
