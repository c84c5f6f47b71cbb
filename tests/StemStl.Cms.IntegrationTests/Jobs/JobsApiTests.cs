using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Jobs;

public sealed class JobsApiTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Password = "Jobs-Api-Pass-123!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Recipe(string id) => new()
    {
        ["name"] = "api-job-test",
        ["steps"] = new JsonArray(new JsonObject
        {
            ["name"] = "content",
            ["data"] = new JsonArray(new JsonObject { ["ContentItemId"] = id, ["ContentType"] = "Page", ["DisplayText"] = id, ["Published"] = true, ["TitlePart"] = new JsonObject { ["Title"] = id } }),
        }),
    };

    private async Task<HttpClient> RecipeRunnerAsync(string userName)
    {
        await factory.GrantAsync("RecipeRunner", "ManageRecipes");
        await factory.CreateUserAsync(userName, Password, "RecipeRunner");
        return await factory.SignedInClientAsync(userName, Password);
    }

    [Fact]
    public async Task StartingARecipeJob_Answers202WithTheJob_WhichTheOwnerAndManagersSeeAndOthersDoNot()
    {
        using var runner = await RecipeRunnerAsync("job-owner");
        await factory.CreateUserAsync("job-stranger", Password, "Editor");
        using var stranger = await factory.SignedInClientAsync("job-stranger", Password);
        using var admin = await factory.AdminClientAsync();
        using var anonymous = factory.CreateClient();

        var started = await runner.PostAsJsonAsync("/api/recipes/jobs", Recipe("apijobpage1"), Ct);
        var job = (await started.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var id = job["id"]!.GetValue<string>();
        var ended = await runner.WaitForEndAsync(id);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal($"/api/jobs/{id}", started.Headers.Location!.OriginalString);
        Assert.Equal("Succeeded", ended["state"]!.GetValue<string>());
        Assert.Equal("executed", JsonNode.Parse(ended["outcome"]!.GetValue<string>())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/jobs/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/jobs/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/admin/jobs/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/jobs/{id}", Ct)).StatusCode);
        Assert.DoesNotContain(id, await stranger.GetStringAsync("/api/jobs?all=true", Ct), StringComparison.Ordinal);
        Assert.Contains(id, await admin.GetStringAsync("/api/jobs?all=true", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/content/apijobpage1", Ct)).StatusCode);
    }

    [Fact]
    public async Task StartingAnInvalidRecipeJob_IsRefusedAtOnceWithStepAndPath_AndQueuesNothing()
    {
        using var admin = await factory.AdminClientAsync();
        var recipe = Recipe("apijobbad1");
        recipe["steps"]![0]!["data"]![0]!["ContentType"] = "Paeg";
        var before = (await admin.GetFromJsonAsync<JsonArray>("/api/jobs", Ct))!.Count;

        var response = await admin.PostAsJsonAsync("/api/recipes/jobs", recipe, Ct);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("data[0].ContentType", problem["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonArray>("/api/jobs", Ct))!.Count);
    }

    [Fact]
    public async Task StartingARecipeJob_IsDeniedToAnonymousEditorsAndTokensWithoutTheScope()
    {
        using var anonymous = factory.CreateClient();
        await factory.CreateUserAsync("job-editor", Password, "Editor");
        using var editor = await factory.SignedInClientAsync("job-editor", Password);
        using var token = factory.TokenClient(await factory.CreateTokenAsync("content:read"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/recipes/jobs", Recipe("denied1"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/recipes/jobs", Recipe("denied2"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await token.PostAsJsonAsync("/api/recipes/jobs", Recipe("denied3"), Ct)).StatusCode);
    }
}
