using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;
using static StemStl.Cms.IntegrationTests.Campaigns.CampaignHost;

namespace StemStl.Cms.IntegrationTests.Campaigns;

/// <summary>The setup recipe's <c>campaigns</c> index: published campaigns only (STEM Celebration Week is a draft), with channel, audience and status facets.</summary>
public sealed class CampaignSearchTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task PublishedCampaigns_CountByChannelAudienceAndStatus_OverRestAndGraphQL_AndAFilterNarrowsThem()
    {
        await CreateAsync("Family robotics month", "Families", "Live", "web", "social");
        await CreateAsync("Teacher externships", "Educators", "Scheduled", "email");
        await CreateAsync("Partner spotlight", "Families", "Live", "web", "print");
        await SearchSite.CaughtUpAsync(factory, "campaigns");
        using var anonymous = factory.CreateClient();

        var all = await SearchSite.SearchAsync(anonymous, "index=campaigns&facets=channel,audience,status");
        var live = await SearchSite.SearchAsync(anonymous, "index=campaigns&filter=status:Live&facets=channel");
        var (_, graph) = await anonymous.GraphQLAsync("""
            { search(index: "campaigns", filters: ["audience:Educators"], facets: ["channel"]) {
                items { contentItem { displayText } } facets { field values { value label count } } } }
            """);

        Assert.Equal(3, SearchSite.Total(all));
        Assert.DoesNotContain("STEM Celebration Week", SearchSite.Titles(all));
        Assert.Equal(new Dictionary<string, int> { ["web"] = 2, ["social"] = 1, ["email"] = 1, ["print"] = 1 }, SearchSite.Facet(all, "channel"));
        Assert.Equal(new Dictionary<string, int> { ["Families"] = 2, ["Educators"] = 1 }, SearchSite.Facet(all, "audience"));
        Assert.Equal(new Dictionary<string, int> { ["Live"] = 2, ["Scheduled"] = 1 }, SearchSite.Facet(all, "status"));
        Assert.All(SearchFacetLabels.Labels(all, "status").Values, Assert.Null);
        Assert.Equal(2, SearchSite.Total(live));
        Assert.Equal(new Dictionary<string, int> { ["web"] = 2, ["social"] = 1, ["print"] = 1 }, SearchSite.Facet(live, "channel"));
        Assert.True(graph["errors"] is null, graph.ToJsonString());
        Assert.Equal("Teacher externships", graph.Data("search")!["items"]![0]!["contentItem"]!["displayText"]!.GetValue<string>());
        Assert.Equal("email", Assert.Single(graph.Data("search")!["facets"]![0]!["values"]!.AsArray())!["value"]!.GetValue<string>());
    }

    private async Task CreateAsync(string name, string audience, string status, params string[] channels)
    {
        var body = Campaign(name, "2028-02-01T00:00:00Z", "2028-02-08T00:00:00Z");
        var part = body["Campaign"]!.AsObject();
        part["Audience"] = new JsonObject { ["Text"] = audience };
        part["Status"] = new JsonObject { ["Text"] = status };
        part["Channels"] = new JsonObject { ["Values"] = new JsonArray([.. channels.Select(c => (JsonNode)c)]) };
        using var admin = await factory.AdminClientAsync();
        var response = await admin.PostJsonAsync("/api/content", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
