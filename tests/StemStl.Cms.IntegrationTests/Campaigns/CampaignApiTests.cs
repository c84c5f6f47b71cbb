using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Campaigns.CampaignHost;

namespace StemStl.Cms.IntegrationTests.Campaigns;

/// <summary>
/// The campaign rules as the REST API reports them (ProblemDetails keyed by field path), and
/// <c>GET /api/campaigns/active</c>: what runs at an instant, drafts only for those who may preview, bad input refused.
/// </summary>
public sealed class CampaignApiTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task ACampaignEndingBeforeItStarts_IsA400KeyedByTheEndField()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostJsonAsync("/api/content?draft=true", Campaign("Backwards", "2027-06-10T00:00:00Z", "2027-06-01T00:00:00Z"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Campaign.End"], Json.ErrorKeys(await response.ReadObjectAsync()));
    }

    [Fact]
    public async Task PublishingADraftWithoutACallToAction_IsA400KeyedByItsParts_AndLeavesItADraft()
    {
        using var admin = await factory.AdminClientAsync();
        var body = Campaign("No button yet", "2027-06-01T00:00:00Z", "2027-06-10T00:00:00Z");
        body["Campaign"]!["CallToAction"] = new System.Text.Json.Nodes.JsonObject();
        var created = await admin.PostJsonAsync("/api/content?draft=true", body);
        var id = (await created.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        var publish = await admin.PostAsync($"/api/content/{id}/publish", null, Ct);
        var problem = await publish.ReadObjectAsync();
        var published = await admin.GetAsync($"/api/content/{id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Equal(["Campaign.CallToAction.Text", "Campaign.CallToAction.Url"], Json.ErrorKeys(problem).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
    }

    [Fact]
    public async Task Active_ListsPublishedCampaignsRunningAtTheInstant_ToAnonymousCallers_ButNotDrafts()
    {
        // A year of its own: the class shares one host, and other tests add campaigns around the celebration week.
        const string instant = "2029-04-14T15:00:00Z";
        await factory.CreateCampaignAsync("Spring code week", "2029-04-10T00:00:00Z", "2029-04-20T00:00:00Z");
        await factory.CreateCampaignAsync("Summer camp drive", "2029-06-01T00:00:00Z", "2029-06-30T00:00:00Z");
        await factory.CreateCampaignAsync("Unannounced", "2029-04-01T00:00:00Z", "2029-04-30T00:00:00Z", draft: true);
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync($"/api/campaigns/active?at={instant}", Ct);
        var latest = await anonymous.GetAsync($"/api/campaigns/active?at={instant}&status=latest", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal(instant, body["at"]!.GetValue<string>());
        Assert.Equal(["Spring code week"], Titles(body["items"]));
        Assert.Equal(["Spring code week"], Titles((await latest.ReadObjectAsync())["items"]));
    }

    [Fact]
    public async Task Active_WithStatusLatest_ShowsDraftsToThoseWhoMayPreviewThem()
    {
        await factory.CreateCampaignAsync("Museum nights", "2027-04-13T00:00:00Z", "2027-04-15T00:00:00Z");
        using var admin = await factory.AdminClientAsync();
        using var reader = await factory.SignedInClientAsync(await factory.CreateAccountAsync(), Password);

        var adminLatest = (await (await admin.GetAsync($"/api/campaigns/active?at={DuringCelebrationWeek}&status=latest", Ct)).ReadObjectAsync())["items"];
        var adminPublished = (await (await admin.GetAsync($"/api/campaigns/active?at={DuringCelebrationWeek}", Ct)).ReadObjectAsync())["items"];
        var readerLatest = (await (await reader.GetAsync($"/api/campaigns/active?at={DuringCelebrationWeek}&status=latest", Ct)).ReadObjectAsync())["items"];

        Assert.Contains("STEM Celebration Week", Titles(adminLatest));
        Assert.Contains("Museum nights", Titles(adminLatest));
        Assert.DoesNotContain("STEM Celebration Week", Titles(adminPublished));
        Assert.Contains("Museum nights", Titles(readerLatest));
        Assert.DoesNotContain("STEM Celebration Week", Titles(readerLatest));
    }

    [Theory]
    [InlineData("at=next-tuesday", "at")]
    [InlineData("at=2027-02-30T00:00:00Z", "at")]
    [InlineData("at=2027-04-14T15:00:00Z&status=everything", "status")]
    public async Task Active_WithBadInput_IsA400ProblemNamingTheParameter(string query, string parameter)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync($"/api/campaigns/active?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(parameter, problem["path"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(problem["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Active_ForApiTokens_FollowsTheirScopes_AReadTokenNeverSeesDrafts_APreviewTokenDoes()
    {
        await factory.CreateCampaignAsync("Maker faire", "2027-04-14T00:00:00Z", "2027-04-15T00:00:00Z");
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        using var previewer = factory.TokenClient(await factory.CreateTokenAsync("content:preview"));
        var url = $"/api/campaigns/active?at={DuringCelebrationWeek}&status=latest";

        var read = Titles((await (await reader.GetAsync(url, Ct)).ReadObjectAsync())["items"]);
        var previewed = Titles((await (await previewer.GetAsync(url, Ct)).ReadObjectAsync())["items"]);

        Assert.Contains("Maker faire", read);
        Assert.DoesNotContain("STEM Celebration Week", read);
        Assert.Contains("STEM Celebration Week", previewed);
    }
}
