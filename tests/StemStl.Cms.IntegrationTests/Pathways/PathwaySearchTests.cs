using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;

namespace StemStl.Cms.IntegrationTests.Pathways;

/// <summary>
/// The setup recipe's <c>pathways</c> index over the three sample pathways, counted by hand: bioscience (four stages,
/// wages 50,000 and 36,000), IT and cybersecurity (four stages, 105,000 and 52,000), advanced manufacturing (no early
/// career stage, 48,000 and 37,000); the sample threshold is 45,000, so each has an occupation that clears it.
/// </summary>
public sealed class PathwaySearchTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    // One test, the samples checked first: the class's tests share a host, and the new pathway changes the counts.
    [Fact]
    public async Task TheSamplesCountByClusterStageAndLivingWage_WithClusterNames_AndAPathwayBelowTheThresholdIsFoundByFalse()
    {
        await AssertTheSamplesFacetsAsync();
        using var admin = await factory.AdminClientAsync();
        var created = await admin.PostJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Pathway",
            ["TitlePart"] = new JsonObject { ["Title"] = "Sample: Lab support" },
            ["Pathway"] = new JsonObject
            {
                ["Summary"] = new JsonObject { ["Markdown"] = "A sample pathway whose occupations pay below the threshold." },
                ["IndustryCluster"] = new JsonObject { ["TaxonomyContentItemId"] = "stemstl-industry-clusters", ["TermContentItemIds"] = new JsonArray("cluster-bioscience") },
                ["Occupations"] = new JsonObject { ["ContentItemIds"] = new JsonArray("occ-lab-assistant", "occ-assembler") },
            },
            ["PathwayStagesPart"] = new JsonObject { ["Stages"] = new JsonArray(new JsonObject { ["Stage"] = "Postsecondary", ["Order"] = 3 }) },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await SearchSite.CaughtUpAsync(factory, "pathways");
        using var anonymous = factory.CreateClient();

        var rest = await SearchSite.SearchAsync(anonymous, "index=pathways&filter=clearsLivingWage:false&facets=cluster");
        var (_, graph) = await anonymous.GraphQLAsync("""
            { search(index: "pathways", filters: ["clearsLivingWage:false"], facets: ["cluster"]) {
                totalCount items { contentItem { displayText } } facets { field values { value label count } } } }
            """);

        Assert.Equal(["Sample: Lab support"], SearchSite.Titles(rest));
        Assert.Equal(new Dictionary<string, int> { ["cluster-bioscience"] = 1 }, SearchSite.Facet(rest, "cluster"));
        Assert.True(graph["errors"] is null, graph.ToJsonString());
        var search = graph.Data("search")!;
        Assert.Equal(1, search["totalCount"]!.GetValue<int>());
        var value = search["facets"]![0]!["values"]![0]!;
        Assert.Equal("cluster-bioscience", value["value"]!.GetValue<string>());
        Assert.Equal("Bioscience", value["label"]!.GetValue<string>());
        Assert.Equal(1, value["count"]!.GetValue<int>());
    }

    private async Task AssertTheSamplesFacetsAsync()
    {
        await SearchSite.CaughtUpAsync(factory, "pathways");
        using var anonymous = factory.CreateClient();

        var result = await SearchSite.SearchAsync(anonymous, "index=pathways&facets=cluster,stage,clearsLivingWage");

        Assert.Equal(3, SearchSite.Total(result));
        Assert.Equal(new Dictionary<string, int> { ["cluster-bioscience"] = 1, ["cluster-it-cyber"] = 1, ["cluster-advanced-mfg"] = 1 }, SearchSite.Facet(result, "cluster"));
        Assert.Equal(new Dictionary<string, int> { ["MiddleSchool"] = 3, ["HighSchool"] = 3, ["Postsecondary"] = 3, ["EarlyCareer"] = 2 }, SearchSite.Facet(result, "stage"));
        Assert.Equal(new Dictionary<string, int> { ["true"] = 3 }, SearchSite.Facet(result, "clearsLivingWage"));
        var clusters = SearchFacetLabels.Labels(result, "cluster");
        Assert.Equal("Bioscience", clusters["cluster-bioscience"]);
        Assert.All(clusters.Values, label => Assert.False(string.IsNullOrEmpty(label)));
        Assert.All(SearchFacetLabels.Labels(result, "stage").Values, Assert.Null);
    }
}
