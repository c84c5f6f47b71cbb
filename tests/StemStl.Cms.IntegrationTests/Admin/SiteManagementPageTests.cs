using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

public sealed class SiteManagementPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedInAsync(string user, string password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(user, password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task Features_EnableAndDisableAModuleFeature_AndItsEndpointFollows()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var id = FeatureProbeModule.FeatureId;

        Assert.Contains($"Enable Feature probe", await admin.GetStringAsync("/admin/features", Ct), StringComparison.Ordinal);
        var enabled = await admin.SubmitAsync($"/admin/features?handler=Enable&id={id}", new Dictionary<string, string>(), getUrl: "/admin/features");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains("Enabled: Feature probe.", await admin.GetStringAsync("/admin/features", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(FeatureProbeModule.Path, Ct)).StatusCode);

        await admin.SubmitAsync($"/admin/features?handler=Disable&id={id}", new Dictionary<string, string>(), getUrl: "/admin/features");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(FeatureProbeModule.Path, Ct)).StatusCode);
    }

    [Fact]
    public async Task Features_DisablingOneAnotherNeeds_IsRefusedNamingTheDependent()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var page = await admin.GetStringAsync("/admin/features", Ct);
        Assert.Contains("Needed by Taxonomies, Educator resources, Workgroups.", page, StringComparison.Ordinal);
        var refused = await admin.SubmitAsync("/admin/features?handler=Disable&id=StemStl.Title", new Dictionary<string, string>(), getUrl: "/admin/features");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var after = await admin.GetStringAsync("/admin/features", Ct);
        Assert.Matches("role=\"alert\">[^<]*Taxonomies", after);
        Assert.Contains("Disable Title", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Features_WithAnUnknownId_IsNotFound()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var response = await admin.SubmitAsync("/admin/features?handler=Enable&id=No.Such.Feature", new Dictionary<string, string>(), getUrl: "/admin/features");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AuditTrail_ShowsSignInsAndFiltersByCategory()
    {
        using var admin = await SignedInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var all = await admin.GetStringAsync("/admin/audit", Ct);
        var security = await admin.GetStringAsync("/admin/audit?category=Security&action=SignedIn", Ct);

        Assert.Contains("Security · SignedIn", all, StringComparison.Ordinal);
        Assert.Contains("Security · SignedIn", security, StringComparison.Ordinal);
        Assert.DoesNotContain("Content · ", security, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteManagement_ForAnEditor_IsDeniedAndNotInTheMenu()
    {
        await factory.CreateUserAsync("site-editor", "Site-Editor-Password-2026", "Editor");
        using var editor = await SignedInAsync("site-editor", "Site-Editor-Password-2026");

        var menu = await editor.GetStringAsync("/admin", Ct);
        var features = await editor.GetAsync("/admin/features", Ct);
        var audit = await editor.GetAsync("/admin/audit", Ct);
        var enable = await editor.PostAsync($"/admin/features?handler=Enable&id={FeatureProbeModule.FeatureId}", new FormUrlEncodedContent([]), Ct);

        Assert.DoesNotContain("href=\"/admin/features\"", menu, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/audit\"", menu, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", features.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", audit.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, enable.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(FeatureProbeModule.Path, Ct)).StatusCode);
    }
}
