using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;
using static StemStl.Cms.IntegrationTests.Campaigns.CampaignHost;

namespace StemStl.Cms.IntegrationTests.Campaigns;

/// <summary>Switching the campaigns feature off removes its GraphQL field, endpoint, calendar and rules; campaigns stay and it all comes back.</summary>
public sealed class CampaignFeatureToggleTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string ActiveQuery = "{ activeCampaigns(at: \"2027-04-14T15:00:00Z\") { displayText } }";

    [Fact]
    public async Task DisablingTheFeature_RemovesTheFieldEndpointAndCalendar_KeepsTheCampaigns_AndEnablingBringsThemBack()
    {
        var id = await factory.CreateCampaignAsync("Data science fair", "2027-04-13T00:00:00Z", "2027-04-16T00:00:00Z");
        using var admin = await factory.AdminClientAsync();
        using var browser = await factory.BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        await factory.SwitchFeatureAsync("StemStl.Campaigns", enable: false);
        var (graphOff, graphOffBody) = await admin.GraphQLAsync(ActiveQuery);
        var restOff = await admin.GetAsync($"/api/campaigns/active?at={DuringCelebrationWeek}", Ct);
        var calendarOff = await browser.GetAsync("/admin/campaigns/calendar", Ct);
        var dashboardOff = await browser.GetStringAsync("/admin", Ct);
        var campaignOff = await admin.GetAsync($"/api/content/{id}", Ct);
        var draftOff = await admin.GetAsync($"/api/content/{CelebrationWeek}?status=latest", Ct);

        await factory.SwitchFeatureAsync("StemStl.Campaigns", enable: true);
        var (graphOn, graphOnBody) = await admin.GraphQLAsync(ActiveQuery);
        var restOn = await admin.GetAsync($"/api/campaigns/active?at={DuringCelebrationWeek}", Ct);
        var calendarOn = await browser.GetAsync("/admin/campaigns/calendar?month=2027-04", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, graphOff.StatusCode);
        Assert.Contains("activeCampaigns", graphOffBody["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, restOff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, calendarOff.StatusCode);
        Assert.DoesNotContain("href=\"/admin/campaigns/calendar\"", dashboardOff, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, campaignOff.StatusCode);
        Assert.Equal("Data science fair", (await campaignOff.ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, draftOff.StatusCode);

        Assert.Equal(HttpStatusCode.OK, graphOn.StatusCode);
        Assert.Equal(["Data science fair"], Titles(graphOnBody.Data("activeCampaigns")));
        Assert.Equal(HttpStatusCode.OK, restOn.StatusCode);
        Assert.Equal(["Data science fair"], Titles((await restOn.ReadObjectAsync())["items"]));
        Assert.Equal(HttpStatusCode.OK, calendarOn.StatusCode);
        Assert.Contains(id, await calendarOn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingTheFeature_StopsItsSearchFacets_AndTheEventDatesRule_AndEnablingBringsThemBack()
    {
        await factory.CreateCampaignAsync("Opening facets", "2028-03-01T00:00:00Z", "2028-03-08T00:00:00Z");
        await SearchSite.CaughtUpAsync(factory, "campaigns");
        using var admin = await factory.AdminClientAsync();

        await factory.SwitchFeatureAsync("StemStl.Campaigns", enable: false);
        await factory.CreateCampaignAsync("Quietweek campaign", "2028-03-01T00:00:00Z", "2028-03-08T00:00:00Z");
        var backwardsOff = await admin.PostJsonAsync("/api/content", BackwardsEvent("Backwards while off"));
        await SearchSite.CaughtUpAsync(factory, "campaigns");
        var off = await SearchAsync("Quietweek");

        await factory.SwitchFeatureAsync("StemStl.Campaigns", enable: true);
        await factory.CreateCampaignAsync("Busyweek campaign", "2028-03-01T00:00:00Z", "2028-03-08T00:00:00Z");
        var backwardsOn = await admin.PostJsonAsync("/api/content", BackwardsEvent("Backwards when back"));
        await SearchSite.CaughtUpAsync(factory, "campaigns");
        var on = await SearchAsync("Busyweek");

        Assert.Equal(["Quietweek campaign"], SearchSite.Titles(off));
        Assert.Empty(SearchSite.Facet(off, "channel"));
        Assert.True(backwardsOff.IsSuccessStatusCode, await backwardsOff.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["Busyweek campaign"], SearchSite.Titles(on));
        Assert.Equal(new Dictionary<string, int> { ["web"] = 1, ["social"] = 1 }, SearchSite.Facet(on, "channel"));
        Assert.Equal(HttpStatusCode.BadRequest, backwardsOn.StatusCode);
        Assert.Contains("Event.End", await backwardsOn.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static JsonObject BackwardsEvent(string title) => new()
    {
        ["ContentType"] = "Event",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Event"] = new JsonObject
        {
            ["Start"] = new JsonObject { ["Value"] = "2028-03-02T18:00:00Z" },
            ["End"] = new JsonObject { ["Value"] = "2028-03-02T16:00:00Z" },
        },
    };

    private async Task<JsonObject> SearchAsync(string word)
    {
        using var anonymous = factory.CreateClient();
        return await SearchSite.SearchAsync(anonymous, $"index=campaigns&q={word}&facets=channel");
    }
}
