using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>
/// The setup recipe's <c>resources</c> index over its four sample resources, counted by hand:
/// 1 report (science, technology, engineering, mathematics; adult; out of school), 2 toolkit (science, health; 9-12,
/// postsecondary; work-based), 3 activity (engineering, mathematics; K-2, 3-5, 6-8; in school, out of school),
/// 4 video (data science; adult; all three settings).
/// </summary>
public sealed class ResourceSearchTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task TheResourcesIndex_CountsSubjectGradeBandSettingAndTypeFacets_OverTheSamples()
    {
        await SearchSite.CaughtUpAsync(factory, "resources");
        using var anonymous = factory.CreateClient();

        var result = await SearchSite.SearchAsync(anonymous, "index=resources&facets=subject,gradeBand,setting,resourceType&first=10");

        Assert.Equal(4, SearchSite.Total(result));
        Assert.Equal(
            new Dictionary<string, int> { ["subject-science"] = 2, ["subject-technology"] = 1, ["subject-engineering"] = 2, ["subject-mathematics"] = 2, ["subject-health-sciences"] = 1, ["subject-data-science"] = 1 },
            SearchSite.Facet(result, "subject"));
        Assert.Equal(
            new Dictionary<string, int> { ["gradeband-adult"] = 2, ["gradeband-9-12"] = 1, ["gradeband-postsecondary"] = 1, ["gradeband-k-2"] = 1, ["gradeband-3-5"] = 1, ["gradeband-6-8"] = 1 },
            SearchSite.Facet(result, "gradeBand"));
        Assert.Equal(
            new Dictionary<string, int> { ["setting-out-of-school-time"] = 3, ["setting-in-school"] = 2, ["setting-work-based"] = 2 },
            SearchSite.Facet(result, "setting"));
        Assert.Equal(
            new Dictionary<string, int> { ["type-report"] = 1, ["type-toolkit"] = 1, ["type-activity"] = 1, ["type-video"] = 1 },
            SearchSite.Facet(result, "resourceType"));
    }

    [Fact]
    public async Task AFilterOnOneFacet_NarrowsTheOthersCounts()
    {
        await SearchSite.CaughtUpAsync(factory, "resources");
        using var anonymous = factory.CreateClient();

        var result = await SearchSite.SearchAsync(anonymous, "index=resources&filter=gradeBand:gradeband-adult&facets=subject,setting");

        Assert.Equal(2, SearchSite.Total(result));
        Assert.Equal(
            new Dictionary<string, int> { ["subject-science"] = 1, ["subject-technology"] = 1, ["subject-engineering"] = 1, ["subject-mathematics"] = 1, ["subject-data-science"] = 1 },
            SearchSite.Facet(result, "subject"));
        Assert.Equal(
            new Dictionary<string, int> { ["setting-out-of-school-time"] = 2, ["setting-in-school"] = 1, ["setting-work-based"] = 1 },
            SearchSite.Facet(result, "setting"));
    }

    [Fact]
    public async Task FullTextSearch_FindsAResourceByItsBody()
    {
        await SearchSite.CaughtUpAsync(factory, "resources");
        using var anonymous = factory.CreateClient();

        var result = await SearchSite.SearchAsync(anonymous, "index=resources&q=tennis%20ball");

        Assert.Equal(["Sample: STEM Celebration Week build challenge"], SearchSite.Titles(result));
    }
}
