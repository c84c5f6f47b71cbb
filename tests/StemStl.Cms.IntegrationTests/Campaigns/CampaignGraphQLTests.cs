using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Campaigns.CampaignHost;

namespace StemStl.Cms.IntegrationTests.Campaigns;

/// <summary><c>activeCampaigns(at, status)</c>: the campaigns running at an instant, read through the authorized content reader.</summary>
public sealed class CampaignGraphQLTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Query = """
        query ($at: DateTime!, $status: CampaignVersion) {
          activeCampaigns(at: $at, status: $status) {
            displayText published
            channels { values } callToAction { url text } start { value } end { value } status { text }
          }
        }
        """;

    private static JsonObject Variables(string at, string status = "PUBLISHED") => new() { ["at"] = at, ["status"] = status };

    [Fact]
    public async Task ActiveCampaigns_ReturnsThePublishedCampaignsRunningAtTheInstant_WithTheirFields()
    {
        await factory.CreateCampaignAsync("Girls who build", "2027-04-01T00:00:00Z", "2027-04-20T00:00:00Z");
        await factory.CreateCampaignAsync("Ended already", "2027-03-01T00:00:00Z", "2027-04-14T15:00:00Z");
        await factory.CreateCampaignAsync("Not yet", "2027-04-14T15:00:01Z", "2027-05-01T00:00:00Z");
        using var anonymous = factory.CreateClient();

        var (response, body) = await anonymous.GraphQLAsync(Query, Variables(DuringCelebrationWeek));

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        var campaigns = body.Data("activeCampaigns")!.AsArray();
        Assert.Equal(["Girls who build"], Titles(campaigns));
        var campaign = campaigns[0]!;
        Assert.True(campaign["published"]!.GetValue<bool>());
        Assert.Equal(["web", "social"], campaign["channels"]!["values"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("https://stemstl.org/join", campaign["callToAction"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Drafts_AreHiddenFromAnonymousCallers_EvenWhenTheyAskForLatest_ButShownToTheAdmin()
    {
        using var anonymous = factory.CreateClient();
        using var admin = await factory.AdminClientAsync();

        var (_, anonymousBody) = await anonymous.GraphQLAsync(Query, Variables(DuringCelebrationWeek, "LATEST"));
        var (_, adminPublished) = await admin.GraphQLAsync(Query, Variables(DuringCelebrationWeek));
        var (_, adminLatest) = await admin.GraphQLAsync(Query, Variables(DuringCelebrationWeek, "LATEST"));

        Assert.True(anonymousBody["errors"] is null, anonymousBody.ToJsonString());
        Assert.DoesNotContain("STEM Celebration Week", Titles(anonymousBody.Data("activeCampaigns")));
        Assert.DoesNotContain("STEM Celebration Week", Titles(adminPublished.Data("activeCampaigns")));
        Assert.Null(adminLatest["errors"]);
        var draft = Assert.Single(adminLatest.Data("activeCampaigns")!.AsArray(), c => c!["displayText"]!.GetValue<string>() == "STEM Celebration Week");
        Assert.False(draft!["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ABadInstant_IsAGraphQLErrorWithALocation_AndNoData()
    {
        using var anonymous = factory.CreateClient();

        var (response, body) = await anonymous.GraphQLAsync("{ activeCampaigns(at: \"next tuesday\") { displayText } }");
        var (_, missing) = await anonymous.GraphQLAsync("{ activeCampaigns { displayText } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.NotNull(error["locations"]);
        Assert.Contains("at", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
        Assert.NotEmpty(missing["errors"]!.AsArray());
    }
}
