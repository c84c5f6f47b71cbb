using System.Net;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>Switching the workgroups feature off stops its API, admin pages, GraphQL fields and scope; content and membership stay and come back.</summary>
public sealed class WorkgroupFeatureToggleTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string PagesQuery = """{ contentItem(contentItemId: "stemstlworkgroup0000000001") { displayText ... on Workgroup { pages { displayText } } } }""";

    [Fact]
    public async Task DisablingTheFeature_StopsItsApiFieldsAndScope_KeepsItsContent_AndEnablingBringsItAllBack()
    {
        var (mo, moName) = await factory.CreateAccountAsync("Mo Member", "WorkgroupMember");
        await factory.AddMemberAsync(Communications, mo, "member");
        var page = await factory.CreatePageAsync(Communications, "Campaign calendar", order: 1);
        var pageId = page["ContentItemId"]!.GetValue<string>();
        using var admin = await factory.AdminClientAsync();
        using var member = await factory.ClientOfAsync(moName);

        await factory.SwitchFeatureAsync("StemStl.Workgroups", enable: false);
        var membersOff = await admin.GetAsync($"/api/workgroups/{Communications}/members", Ct);
        var adminPageOff = await admin.GetAsync($"/admin/workgroups/{Communications}", Ct);
        var (graphOff, _) = await admin.GraphQLAsync(PagesQuery);
        var editOff = await member.PostJsonAsync($"/api/content/{pageId}?draft=true", Retitled(page, "Edited while off"));
        var pageOff = await admin.GetAsync($"/api/content/{pageId}", Ct);
        var workgroupOff = await admin.GetAsync($"/api/content/{Communications}", Ct);

        await factory.SwitchFeatureAsync("StemStl.Workgroups", enable: true);
        var membersOn = await admin.GetAsync($"/api/workgroups/{Communications}/members", Ct);
        var adminPageOn = await admin.GetAsync($"/admin/workgroups/{Communications}", Ct);
        var (graphOn, graphOnBody) = await admin.GraphQLAsync(PagesQuery);
        var editOn = await member.PostJsonAsync($"/api/content/{pageId}?draft=true", Retitled(page, "Edited when back"));

        Assert.Equal(HttpStatusCode.NotFound, membersOff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, adminPageOff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, graphOff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editOff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pageOff.StatusCode);
        Assert.Equal("Campaign calendar", (await pageOff.ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, workgroupOff.StatusCode);

        Assert.Equal(HttpStatusCode.OK, membersOn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminPageOn.StatusCode);
        Assert.Contains(await membersOn.ReadArrayAsync(), m => m!["userId"]!.GetValue<string>() == mo);
        Assert.Equal(HttpStatusCode.OK, graphOn.StatusCode);
        Assert.Contains(graphOnBody.Data("contentItem")!["pages"]!.AsArray(), p => p!["displayText"]!.GetValue<string>() == "Campaign calendar");
        Assert.Equal(HttpStatusCode.OK, editOn.StatusCode);
    }

    [Fact]
    public async Task DisablingTheFeature_StopsItsSearchFacet_ForPagesIndexedMeanwhile_AndEnablingBringsItBack()
    {
        await factory.CreatePageAsync(Gaps, "Gap survey", order: 1);
        await SearchSite.CaughtUpAsync(factory, "workgroups");

        await factory.SwitchFeatureAsync("StemStl.Workgroups", enable: false);
        await factory.CreatePageAsync(Gaps, "Quietmonth notes", order: 2);
        await SearchSite.CaughtUpAsync(factory, "workgroups");
        var off = await SearchAsync("Quietmonth");

        await factory.SwitchFeatureAsync("StemStl.Workgroups", enable: true);
        await factory.CreatePageAsync(Gaps, "Busymonth notes", order: 3);
        await SearchSite.CaughtUpAsync(factory, "workgroups");
        var on = await SearchAsync("Busymonth");

        Assert.Equal(["Quietmonth notes"], SearchSite.Titles(off));
        Assert.Empty(SearchSite.Facet(off, "workgroup"));
        Assert.Equal(["Busymonth notes"], SearchSite.Titles(on));
        Assert.Equal(new Dictionary<string, int> { [Gaps] = 1 }, SearchSite.Facet(on, "workgroup"));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> SearchAsync(string word)
    {
        using var anonymous = factory.CreateClient();
        return await SearchSite.SearchAsync(anonymous, $"index=workgroups&q={word}&facets=workgroup");
    }
}
