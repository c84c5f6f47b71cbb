using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>The setup recipe's <c>workgroups</c> index of workgroup pages, with a <c>workgroup</c> facet labelled with the workgroup's name.</summary>
public sealed class WorkgroupSearchTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task WorkgroupPages_CountByWorkgroup_WithTheWorkgroupsName_AndFilterByIt_OverRestAndGraphQL()
    {
        await factory.CreatePageAsync(Communications, "Portal roadmap", 1);
        await factory.CreatePageAsync(Communications, "Campaign toolkit", 2);
        await factory.CreatePageAsync(Gaps, "Landscape dashboard notes", 1);
        await SearchSite.CaughtUpAsync(factory, "workgroups");
        using var anonymous = factory.CreateClient();

        var all = await SearchSite.SearchAsync(anonymous, "index=workgroups&facets=workgroup");
        var gaps = await SearchSite.SearchAsync(anonymous, $"index=workgroups&filter=workgroup:{Gaps}");
        var (_, graph) = await anonymous.GraphQLAsync("""
            { search(index: "workgroups", query: "toolkit", facets: ["workgroup"]) {
                items { contentItem { displayText } } facets { values { value label count } } } }
            """);

        Assert.Equal(3, SearchSite.Total(all));
        Assert.Equal(new Dictionary<string, int> { [Communications] = 2, [Gaps] = 1 }, SearchSite.Facet(all, "workgroup"));
        Assert.Equal("Centralizing Communications", SearchFacetLabels.Labels(all, "workgroup")[Communications]);
        Assert.Equal("Identifying and Filling Gaps", SearchFacetLabels.Labels(all, "workgroup")[Gaps]);
        Assert.Equal(["Landscape dashboard notes"], SearchSite.Titles(gaps));
        Assert.True(graph["errors"] is null, graph.ToJsonString());
        Assert.Equal("Campaign toolkit", graph.Data("search")!["items"]![0]!["contentItem"]!["displayText"]!.GetValue<string>());
        var value = Assert.Single(graph.Data("search")!["facets"]![0]!["values"]!.AsArray())!;
        Assert.Equal("Centralizing Communications", value["label"]!.GetValue<string>());
    }
}
