using System.Net;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;

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
}
