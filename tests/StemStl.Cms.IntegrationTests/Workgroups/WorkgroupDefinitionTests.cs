using System.Net;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>The module's recipe, run by the setup recipe: the two types, the five workgroups and the pages' paths.</summary>
public sealed class WorkgroupDefinitionTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task TheSetupRecipe_SeedsTheFiveWorkgroups_WithFocusKeyActivitiesAndStatus_ForAnonymousReaders()
    {
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync("{ workgroup(orderBy: [{ displayText: ASC }]) { contentItemId displayText autoroutePart { path } focus { markdown } keyActivities { values } status { text } } }");

        var workgroups = body.Data("workgroup")!.AsArray();
        Assert.Equal(
            ["Centralizing Communications", "Connection to the Workforce", "Identifying and Filling Gaps", "Strengthening the Ecosystem", "Supporting Quality and Rigor"],
            workgroups.Select(w => w!["displayText"]!.GetValue<string>()));
        Assert.Equal([.. Enumerable.Range(1, 5).Select(i => $"stemstlworkgroup000000000{i}")], workgroups.Select(w => w!["contentItemId"]!.GetValue<string>()));
        Assert.All(workgroups, w =>
        {
            Assert.StartsWith("workgroups/", w!["autoroutePart"]!["path"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(w["focus"]!["markdown"]!.GetValue<string>()));
            Assert.True(w["keyActivities"]!["values"]!.AsArray().Count >= 2);
            Assert.Equal("Active", w["status"]!["text"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task AWorkgroupPage_LivesUnderItsWorkgroupsPath_AndIsReadableByPath()
    {
        var page = await factory.CreatePageAsync(Gaps, "Regional Gap Map", order: 1);
        using var anonymous = factory.CreateClient();

        var path = page["AutoroutePart"]!["Path"]!.GetValue<string>();
        var (_, body) = await anonymous.GraphQLAsync($$"""{ contentItemByPath(path: "/{{path}}") { displayText contentType } }""");

        Assert.Equal("workgroups/identifying-and-filling-gaps/regional-gap-map", path);
        Assert.Equal("WorkgroupPage", body.Data("contentItemByPath")!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task AWorkgroupPage_WithoutAWorkgroup_IsRefusedWithTheFieldNamed_AndNothingIsSaved()
    {
        using var admin = await factory.AdminClientAsync();
        var body = Page(Gaps, "Orphan page", order: 1);
        body["WorkgroupPage"]!["Workgroup"]!["ContentItemIds"] = new System.Text.Json.Nodes.JsonArray();
        var notAWorkgroup = Page("stemstlworkgroup0000000009", "Lost page", order: 1);

        var missing = await admin.PostJsonAsync("/api/content", body);
        var unknown = await admin.PostJsonAsync("/api/content", notAWorkgroup);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("WorkgroupPage.Workgroup", Json.ErrorKeys(await missing.ReadObjectAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("WorkgroupPage.Workgroup", Json.ErrorKeys(await unknown.ReadObjectAsync()));
        var (_, pages) = await admin.GraphQLAsync("""{ workgroupPage(status: ALL, where: { displayText_in: ["Orphan page", "Lost page"] }) { contentItemId } }""");
        Assert.Empty(pages.Data("workgroupPage")!.AsArray());
    }
}
