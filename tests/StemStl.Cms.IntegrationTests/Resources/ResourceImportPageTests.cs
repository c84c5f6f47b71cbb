using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Jobs;
using static StemStl.Cms.IntegrationTests.Resources.ResourceSite;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>The admin's import screen: check a file, see its errors by line and column, import a checked file; who may open it.</summary>
public sealed class ResourceImportPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Page = "/admin/resources/import";

    private async Task<HttpClient> BrowserAsync(string userName, string password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task CheckingABadFile_ShowsEachProblemByLineAndColumn_AndWritesNothing()
    {
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var before = await factory.CountAsync();

        var response = await admin.SubmitAsync($"{Page}?handler=Check", new Dictionary<string, string> { ["Csv"] = Csv(Row("page-1", "Kites"), Row("page-2", "Boats", link: "boats.html")) }, getUrl: Page);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<tr><td>3</td><td>link</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Import", html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.CountAsync());
    }

    [Fact]
    public async Task ACheckedFile_IsOfferedForImport_AndImportingItCreatesTheResources()
    {
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var before = await factory.CountAsync();
        var csv = Csv(Row("page-3", "Paper planes"));

        var checkedPage = await (await admin.SubmitAsync($"{Page}?handler=Check", new Dictionary<string, string> { ["Csv"] = csv }, getUrl: Page)).Content.ReadAsStringAsync(Ct);
        var afterCheck = await factory.CountAsync();
        var jobId = JobsHttp.JobIdOf(await admin.SubmitAsync($"{Page}?handler=Import", new Dictionary<string, string> { ["Csv"] = csv }, getUrl: Page));
        var job = await admin.WaitForEndAsync(jobId);

        Assert.Contains("Import 1 resource(s)", checkedPage, StringComparison.Ordinal);
        Assert.Equal(before, afterCheck);
        Assert.Equal("Succeeded", job["state"]!.GetValue<string>());
        Assert.Equal(1, JsonNode.Parse(job["outcome"]!.GetValue<string>())!["created"]!.GetValue<int>());
        Assert.Equal(before + 1, await factory.CountAsync());
    }

    [Fact]
    public async Task AContributor_IsDenied_AndHasNoMenuEntry_WhileAnAdminHasOne()
    {
        await factory.CreateUserAsync("page-contributor", Password, "Contributor");
        using var contributor = await BrowserAsync("page-contributor", Password);
        using var admin = await BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var denied = await contributor.GetAsync(Page, Ct);
        var contributorDashboard = await contributor.GetStringAsync("/admin", Ct);
        var adminDashboard = await admin.GetStringAsync("/admin", Ct);

        Assert.StartsWith("/admin/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{Page}\"", contributorDashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}\"", adminDashboard, StringComparison.Ordinal);
    }
}
