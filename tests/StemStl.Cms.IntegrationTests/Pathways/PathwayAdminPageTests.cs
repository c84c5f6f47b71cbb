using System.Net;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Pathways;

/// <summary>The living-wage settings page: who may open it, setting and clearing the threshold, and refusing a value that is not a wage.</summary>
public sealed class PathwayAdminPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Page = "/admin/pathways/living-wage";
    private const string Password = "Pathway-Tests-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> BrowserAsync(string userName, string password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, password)).StatusCode);
        return browser;
    }

    private async Task<double?> ThresholdAsync()
    {
        using var admin = await factory.AdminClientAsync();
        var (_, body) = await admin.GraphQLAsync("{ livingWageThreshold }");
        return body.Data("livingWageThreshold")?.GetValue<double>();
    }

    [Fact]
    public async Task AnAdmin_SetsTheThreshold_ThenClearsIt_AndBothChangesAreAudited()
    {
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var before = await admin.GetStringAsync(Page, Ct);
        var set = await admin.SubmitAsync(Page, new Dictionary<string, string> { ["Threshold"] = "$52,000" }, getUrl: Page);
        var afterSet = await admin.GetStringAsync(Page, Ct);
        var thresholdAfterSet = await ThresholdAsync();
        var cleared = await admin.SubmitAsync(Page, new Dictionary<string, string> { ["Threshold"] = "" }, getUrl: Page);
        var afterClear = await admin.GetStringAsync(Page, Ct);
        var thresholdAfterClear = await ThresholdAsync();
        var audit = await admin.GetStringAsync("/admin/audit?category=Pathways", Ct);

        Assert.Contains("$45,000 a year", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("The living wage is now $52,000 a year.", afterSet, StringComparison.Ordinal);
        Assert.Equal(52000, thresholdAfterSet);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Contains("not set", afterClear, StringComparison.Ordinal);
        Assert.Null(thresholdAfterClear);
        Assert.Contains("LivingWageChanged", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValueThatIsNotAWage_IsNamedBesideTheField_AndChangesNothing()
    {
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var before = await ThresholdAsync();

        var response = await admin.SubmitAsync(Page, new Dictionary<string, string> { ["Threshold"] = "-5" }, getUrl: Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&#x27;-5&#x27; is not a wage", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await ThresholdAsync());
    }

    [Fact]
    public async Task AnEditorWithoutThePermission_IsDenied_AndHasNoMenuEntry_WhileAnAdminHasOne()
    {
        var userName = $"pw-{Guid.NewGuid():N}"[..20];
        await factory.CreateUserAsync(userName, Password, "Editor");
        using var editor = await BrowserAsync(userName, Password);
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var page = await editor.GetAsync(Page, Ct);
        var post = await editor.SubmitAsync(Page, new Dictionary<string, string> { ["Threshold"] = "1" }, getUrl: "/admin");
        var editorDashboard = await editor.GetStringAsync("/admin", Ct);
        var adminDashboard = await admin.GetStringAsync("/admin", Ct);

        Assert.StartsWith("/admin/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{Page}\"", editorDashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}\"", adminDashboard, StringComparison.Ordinal);
        Assert.NotEqual(1, await ThresholdAsync());
    }
}
