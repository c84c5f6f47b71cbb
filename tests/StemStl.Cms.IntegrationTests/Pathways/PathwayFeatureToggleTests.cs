using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;

namespace StemStl.Cms.IntegrationTests.Pathways;

/// <summary>Switching the pathways feature off removes its GraphQL additions and admin page; the pathways stay in the store untouched and it all comes back.</summary>
public sealed class PathwayFeatureToggleTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Feature = "StemStl.Pathways";
    private const string StagesQuery = """{ contentItem(contentItemId: "pathway-cyber") { displayText ... on Pathway { stages { name } } } }""";
    private const string MatchQuery = """{ pathwaysForInterests(subjects: ["coding"]) { pathway { displayText } } }""";
    private const string AdminPage = "/admin/pathways/living-wage";
    private const string PlainQuery = """{ contentItem(contentItemId: "pathway-cyber") { displayText ... on Pathway { pathwayStagesPart { json } } } }""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DisablingTheFeature_RemovesItsGraphQLFieldsAndAdminPage_KeepsThePathways_AndEnablingBringsThemBack()
    {
        using var admin = await factory.AdminClientAsync();
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        var before = await (await admin.GetAsync("/api/content/pathway-cyber", Ct)).ReadObjectAsync();

        await factory.SwitchFeatureAsync(Feature, enable: false);
        var (stagesOff, _) = await admin.GraphQLAsync(StagesQuery);
        var (matchOff, _) = await admin.GraphQLAsync(MatchQuery);
        var (_, plainOff) = await admin.GraphQLAsync(PlainQuery);
        var storedOff = await admin.GetAsync("/api/content/pathway-cyber", Ct);
        var adminPageOff = await browser.GetAsync(AdminPage, Ct);

        await factory.SwitchFeatureAsync(Feature, enable: true);
        var (stagesOn, stagesOnBody) = await admin.GraphQLAsync(StagesQuery);
        var (_, matchOnBody) = await admin.GraphQLAsync(MatchQuery);
        var adminPageOn = await browser.GetAsync(AdminPage, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, stagesOff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, matchOff.StatusCode);
        Assert.Null(plainOff["errors"]);
        Assert.Contains("AP Computer Science Principles", plainOff.Data("contentItem")!["pathwayStagesPart"]!["json"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, storedOff.StatusCode);
        Assert.Equal(before["PathwayStagesPart"]!.ToJsonString(), (await storedOff.ReadObjectAsync())["PathwayStagesPart"]!.ToJsonString());

        Assert.Equal(HttpStatusCode.NotFound, adminPageOff.StatusCode);

        Assert.Equal(HttpStatusCode.OK, stagesOn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminPageOn.StatusCode);
        Assert.Equal(4, stagesOnBody.Data("contentItem")!["stages"]!.AsArray().Count);
        Assert.Contains(matchOnBody.Data("pathwaysForInterests")!.AsArray(), m => m!["pathway"]!["displayText"]!.GetValue<string>() == "Sample: Information technology and cybersecurity");
    }

    [Fact]
    public async Task DisablingTheFeature_GivesBackTheGenericMedianWage_AndStopsItsSearchFacets_AndEnablingBringsThemBack()
    {
        const string PlainWage = """{ contentItem(contentItemId: "occ-security-analyst") { ... on Occupation { medianWage } } }""";
        const string GenericWage = """{ contentItem(contentItemId: "occ-security-analyst") { ... on Occupation { medianWage { value } } } }""";
        using var admin = await factory.AdminClientAsync();
        await SearchSite.CaughtUpAsync(factory, "pathways");

        await factory.SwitchFeatureAsync(Feature, enable: false);
        var (plainOff, _) = await admin.GraphQLAsync(PlainWage);
        var (_, genericOff) = await admin.GraphQLAsync(GenericWage);
        await CreatePathwayAsync(admin, "Sample: Quietyear pathway");
        await SearchSite.CaughtUpAsync(factory, "pathways");
        var off = await SearchAsync("Quietyear");

        await factory.SwitchFeatureAsync(Feature, enable: true);
        var (_, plainOn) = await admin.GraphQLAsync(PlainWage);
        await CreatePathwayAsync(admin, "Sample: Busyyear pathway");
        await SearchSite.CaughtUpAsync(factory, "pathways");
        var on = await SearchAsync("Busyyear");

        Assert.Equal(HttpStatusCode.BadRequest, plainOff.StatusCode);
        Assert.Null(genericOff["errors"]);
        Assert.Equal(105000, genericOff.Data("contentItem")!["medianWage"]!["value"]!.GetValue<double>());
        Assert.Equal(["Sample: Quietyear pathway"], SearchSite.Titles(off));
        Assert.Empty(SearchSite.Facet(off, "cluster"));
        Assert.Empty(SearchSite.Facet(off, "clearsLivingWage"));

        Assert.Null(plainOn["errors"]);
        Assert.Equal(105000, plainOn.Data("contentItem")!["medianWage"]!.GetValue<double>());
        Assert.Equal(["Sample: Busyyear pathway"], SearchSite.Titles(on));
        Assert.Equal(new Dictionary<string, int> { ["cluster-it-cyber"] = 1 }, SearchSite.Facet(on, "cluster"));
        Assert.Equal(new Dictionary<string, int> { ["true"] = 1 }, SearchSite.Facet(on, "clearsLivingWage"));
    }

    private static async Task CreatePathwayAsync(HttpClient admin, string title)
    {
        var response = await admin.PostJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Pathway",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["Pathway"] = new JsonObject
            {
                ["Summary"] = new JsonObject { ["Markdown"] = "A sample pathway for the feature-toggle test." },
                ["IndustryCluster"] = new JsonObject { ["TaxonomyContentItemId"] = "stemstl-industry-clusters", ["TermContentItemIds"] = new JsonArray("cluster-it-cyber") },
                ["Occupations"] = new JsonObject { ["ContentItemIds"] = new JsonArray("occ-security-analyst") },
            },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<JsonObject> SearchAsync(string word)
    {
        using var anonymous = factory.CreateClient();
        return await SearchSite.SearchAsync(anonymous, $"index=pathways&q={word}&facets=cluster,clearsLivingWage");
    }
}
