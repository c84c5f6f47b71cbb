using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>The module's workgroup scope through the REST API: members edit their own workgroup's pages and no one else's.</summary>
public sealed class WorkgroupScopeTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task AMember_EditsTheirOwnWorkgroupsPage_ButIsRefusedOnAnotherWorkgroupsPage()
    {
        var (mia, miaName) = await factory.CreateAccountAsync("Mia Member", "WorkgroupMember");
        await factory.AddMemberAsync(Communications, mia, "member");
        var own = await factory.CreatePageAsync(Communications, "Portal roadmap", order: 1);
        var other = await factory.CreatePageAsync(Workforce, "Advisory council", order: 1);
        using var member = await factory.ClientOfAsync(miaName);

        var ownEdit = await member.PostJsonAsync($"/api/content/{own["ContentItemId"]}?draft=true", Retitled(own, "Portal roadmap 2027"));
        var otherEdit = await member.PostJsonAsync($"/api/content/{other["ContentItemId"]}?draft=true", Retitled(other, "Hijacked"));
        var ownPublish = await member.PostAsync($"/api/content/{own["ContentItemId"]}/publish", null, Ct);

        Assert.Equal(HttpStatusCode.OK, ownEdit.StatusCode);
        Assert.Equal("Portal roadmap 2027", (await ownEdit.ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, otherEdit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ownPublish.StatusCode);
        using var admin = await factory.AdminClientAsync();
        var untouched = await (await admin.GetAsync($"/api/content/{other["ContentItemId"]}?status=latest", Ct)).ReadObjectAsync();
        Assert.Equal("Advisory council", untouched["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task AChair_PublishesTheirWorkgroupsPages_AndEditsTheWorkgroupItself()
    {
        var (cho, choName) = await factory.CreateAccountAsync("Cho Chair", "WorkgroupChair");
        await factory.AddMemberAsync(Gaps, cho, "chair");
        var page = await factory.CreatePageAsync(Gaps, "Data dashboards", order: 2);
        using var chair = await factory.ClientOfAsync(choName);
        using var admin = await factory.AdminClientAsync();
        var workgroup = await (await admin.GetAsync($"/api/content/{Gaps}", Ct)).ReadObjectAsync();
        var workforce = await (await admin.GetAsync($"/api/content/{Workforce}", Ct)).ReadObjectAsync();

        var published = await chair.PostJsonAsync($"/api/content/{page["ContentItemId"]}", Retitled(page, "Data dashboards, 2027"));
        var editedWorkgroup = await chair.PostJsonAsync($"/api/content/{Gaps}?draft=true", Retitled(workgroup, "Identifying and Filling Gaps"));
        var editedOther = await chair.PostJsonAsync($"/api/content/{Workforce}?draft=true", Retitled(workforce, "Taken over"));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.True((await published.ReadObjectAsync())["Published"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, editedWorkgroup.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editedOther.StatusCode);
    }

    [Fact]
    public async Task RemovingAMember_EndsTheirRightToEdit_FromTheNextRequest()
    {
        var (max, maxName) = await factory.CreateAccountAsync("Max Member", "WorkgroupMember");
        await factory.AddMemberAsync(Workforce, max, "member");
        var page = await factory.CreatePageAsync(Workforce, "Work-based learning map", order: 3);
        using var member = await factory.ClientOfAsync(maxName);
        using var admin = await factory.AdminClientAsync();

        var before = await member.PostJsonAsync($"/api/content/{page["ContentItemId"]}?draft=true", Retitled(page, "Map, first edit"));
        var latest = await before.ReadObjectAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/workgroups/{Workforce}/members/{max}", Ct)).StatusCode);
        var after = await member.PostJsonAsync($"/api/content/{page["ContentItemId"]}?draft=true", Retitled(latest, "Map, second edit"));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task AWorkgroupMemberRoleWithoutMembership_EditsNoWorkgroupsPages()
    {
        var (_, name) = await factory.CreateAccountAsync("Nia Nobody", "WorkgroupMember");
        var page = await factory.CreatePageAsync(Communications, "Celebration week plans", order: 4);
        using var outsider = await factory.ClientOfAsync(name);

        var edit = await outsider.PostJsonAsync($"/api/content/{page["ContentItemId"]}?draft=true", Retitled(page, "Nope"));

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task AMember_CreatesDraftPagesInTheirOwnWorkgroup_ButNotInAnother()
    {
        var (ivy, ivyName) = await factory.CreateAccountAsync("Ivy Member", "WorkgroupMember");
        await factory.AddMemberAsync(Gaps, ivy, "member");
        using var member = await factory.ClientOfAsync(ivyName);

        var own = await member.PostJsonAsync("/api/content?draft=true", Page(Gaps, "Gap survey draft", 5));
        var other = await member.PostJsonAsync("/api/content?draft=true", Page(Workforce, "Planted page", 5));
        var published = await member.PostJsonAsync("/api/content", Page(Gaps, "Gap survey, published", 6));

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, published.StatusCode);
    }

    [Fact]
    public async Task AMember_CannotMoveTheirPageIntoAnotherWorkgroup_OverRestOrGraphQL()
    {
        var (jo, joName) = await factory.CreateAccountAsync("Jo Member", "WorkgroupMember");
        await factory.AddMemberAsync(Communications, jo, "member");
        var page = await factory.CreatePageAsync(Communications, "Press kit", order: 7);
        var id = page["ContentItemId"]!.GetValue<string>();
        using var member = await factory.ClientOfAsync(joName);

        var moved = Retitled(page, "Press kit");
        moved["WorkgroupPage"]!["Workgroup"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Workforce) };
        var rest = await member.PostJsonAsync($"/api/content/{id}?draft=true", moved);
        var (_, graph) = await member.GraphQLAsync(
            "mutation ($id: ID!, $version: String!) { updateWorkgroupPage(contentItemId: $id, contentItemVersionId: $version, draft: true, input: { workgroup: { contentItemIds: [\"" + Workforce + "\"] } }) { contentItemId } }",
            new JsonObject { ["id"] = id, ["version"] = page["ContentItemVersionId"]!.GetValue<string>() });

        Assert.Equal(HttpStatusCode.Forbidden, rest.StatusCode);
        Assert.Equal("FORBIDDEN", graph["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        using var admin = await factory.AdminClientAsync();
        var stored = await (await admin.GetAsync($"/api/content/{id}?status=latest", Ct)).ReadObjectAsync();
        Assert.Equal(Communications, stored["WorkgroupPage"]!["Workgroup"]!["ContentItemIds"]![0]!.GetValue<string>());
        Assert.Equal(page["ContentItemVersionId"]!.GetValue<string>(), stored["ContentItemVersionId"]!.GetValue<string>());
    }
}
