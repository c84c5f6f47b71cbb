using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Jobs;

public sealed class RecipesPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Page = "/admin/recipes";
    private const string Password = "Recipes-Page-Pass-1!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private static string PageRecipe(string id, string title) => new JsonObject
    {
        ["name"] = "upload-test",
        ["steps"] = new JsonArray(new JsonObject
        {
            ["name"] = "content",
            ["data"] = new JsonArray(new JsonObject
            {
                ["ContentItemId"] = id,
                ["ContentType"] = "Page",
                ["DisplayText"] = title,
                ["Published"] = true,
                ["TitlePart"] = new JsonObject { ["Title"] = title },
            }),
        }),
    }.ToJsonString();

    [Fact]
    public async Task ThePage_ListsTheRegisteredRecipes()
    {
        using var admin = await AdminAsync();

        var html = await admin.GetStringAsync(Page, Ct);

        Assert.Contains("name=\"name\" value=\"stemstl\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"name\" value=\"workgroups\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadingAValidRecipe_RedirectsToItsJob_WhichRunsIt()
    {
        using var admin = await AdminAsync();

        var response = await admin.UploadAsync(Page, $"{Page}?handler=Upload", "Upload", "page.recipe.json", PageRecipe("uploadedpage1", "Uploaded kites"));
        var id = JobsHttp.JobIdOf(response);
        var job = await admin.WaitForEndAsync(id);
        var jobPage = await admin.GetStringAsync($"/admin/jobs/{id}", Ct);

        Assert.Equal("Succeeded", job["state"]!.GetValue<string>());
        Assert.Contains("Run recipe &#x27;upload-test&#x27;", jobPage, StringComparison.Ordinal);
        Assert.Contains("<progress", jobPage, StringComparison.Ordinal);
        var item = await (await factory.AdminClientAsync()).GetFromJsonAsync<JsonObject>("/api/content/uploadedpage1", Ct);
        Assert.Equal("Uploaded kites", item!["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task UploadingARecipeWithATypo_ShowsStepAndPathNextToTheUpload_KeepsTheFileName_AndQueuesNothing()
    {
        using var admin = await AdminAsync();
        var bad = PageRecipe("typopage1", "Typo").Replace("\"TitlePart\"", "\"TitelPart\"", StringComparison.Ordinal);

        var response = await admin.UploadAsync(Page, $"{Page}?handler=Upload", "Upload", "typo.recipe.json", bad);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Step 0 (content), data[0].TitelPart", html, StringComparison.Ordinal);
        Assert.Contains("<code>typo.recipe.json</code>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.AdminClientAsync()).GetAsync("/api/content/typopage1", Ct)).StatusCode);
    }

    [Fact]
    public async Task UploadingAFileThatIsNotJson_IsRefusedWithTheLine()
    {
        using var admin = await AdminAsync();

        var response = await admin.UploadAsync(Page, $"{Page}?handler=Upload", "Upload", "broken.json", "{\n  \"name\": \"x\",\n  steps: [}");
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&#x27;broken.json&#x27; is not valid JSON (line 3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorWithoutManageRecipes_IsDenied_AndAnonymousIsSentToSignIn()
    {
        await factory.CreateUserAsync("recipes-editor", Password, "Editor");
        using var editor = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SignInAsync("recipes-editor", Password)).StatusCode);
        using var anonymous = factory.Browser();

        var denied = await editor.GetAsync(Page, Ct);
        var signIn = await anonymous.GetAsync(Page, Ct);
        var dashboard = await editor.GetStringAsync("/admin", Ct);

        Assert.StartsWith("/admin/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/login", signIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{Page}\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/jobs\"", dashboard, StringComparison.Ordinal);
    }
}
