using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Settings;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary><c>/api/workgroups/{id}/members</c>: who may manage members, and what each call does or refuses.</summary>
public sealed class WorkgroupMemberApiTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private async Task<JsonArray> MembersAsync(string workgroupId)
    {
        using var admin = await factory.AdminClientAsync();
        var response = await admin.GetAsync($"/api/workgroups/{workgroupId}/members", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadArrayAsync();
    }

    [Fact]
    public async Task AnAdmin_AddsAMember_PromotesThemToChair_AndRemovesThem()
    {
        var (ada, _) = await factory.CreateAccountAsync("Ada Member", "WorkgroupMember");
        using var admin = await factory.AdminClientAsync();

        var added = await admin.PutMemberAsync(Workforce, ada, "member");
        var afterAdd = await MembersAsync(Workforce);
        var promoted = await admin.PutMemberAsync(Workforce, ada, "Chair");
        var afterPromote = await MembersAsync(Workforce);
        var removed = await admin.DeleteAsync($"/api/workgroups/{Workforce}/members/{ada}", Ct);
        var removedAgain = await admin.DeleteAsync($"/api/workgroups/{Workforce}/members/{ada}", Ct);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var body = await added.ReadObjectAsync();
        Assert.Equal("Ada Member", body["displayName"]!.GetValue<string>());
        Assert.Equal("member", body["role"]!.GetValue<string>());
        Assert.Equal("member", Assert.Single(afterAdd, m => m!["userId"]!.GetValue<string>() == ada)!["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal("chair", Assert.Single(afterPromote, m => m!["userId"]!.GetValue<string>() == ada)!["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.DoesNotContain(await MembersAsync(Workforce), m => m!["userId"]!.GetValue<string>() == ada);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
    }

    [Fact]
    public async Task TheList_PutsChairsFirst_AndKeepsEachWorkgroupsPeopleApart()
    {
        var (zoe, _) = await factory.CreateAccountAsync("Zoe Chair", "WorkgroupChair");
        var (bob, _) = await factory.CreateAccountAsync("Bob Member", "WorkgroupMember");
        await factory.AddMemberAsync(Communications, bob, "member");
        await factory.AddMemberAsync(Communications, zoe, "chair");

        var members = await MembersAsync(Communications);
        var others = await MembersAsync(Gaps);

        Assert.Equal(["Zoe Chair", "Bob Member"], members.Select(m => m!["displayName"]!.GetValue<string>()));
        Assert.DoesNotContain(others, m => m!["userId"]!.GetValue<string>() is var id && (id == zoe || id == bob));
    }

    [Fact]
    public async Task Refusals_AreProblemDetails_AndChangeNothing()
    {
        var (carl, carlName) = await factory.CreateAccountAsync("Carl Editor", "Editor");
        using var admin = await factory.AdminClientAsync();
        using var editor = await factory.ClientOfAsync(carlName);
        using var anonymous = factory.CreateClient();
        using var token = factory.TokenClient(await factory.CreateTokenAsync("content:read"));
        var page = await admin.PostJsonAsync("/api/content", Json.Page("Not a workgroup"));
        var pageId = (await page.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        var (anonymousPut, editorPut, tokenGet, badRole, noRole, unknownUser, unknownWorkgroup, pageAsWorkgroup) = (
            await anonymous.PutMemberAsync(Gaps, carl, "chair"),
            await editor.PutMemberAsync(Gaps, carl, "chair"),
            await token.GetAsync($"/api/workgroups/{Gaps}/members", Ct),
            await admin.PutMemberAsync(Gaps, carl, "president"),
            await admin.PutMemberAsync(Gaps, carl, null),
            await admin.PutMemberAsync(Gaps, "no-such-user", "member"),
            await admin.PutMemberAsync("stemstlworkgroup0000000099", carl, "member"),
            await admin.PutMemberAsync(pageId, carl, "member"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymousPut.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editorPut.StatusCode);
        Assert.Contains("ManageWorkgroupMembers", (await editorPut.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, tokenGet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Equal(["role"], Json.ErrorKeys(await badRole.ReadObjectAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
        Assert.Contains("no-such-user", (await unknownUser.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownWorkgroup.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageAsWorkgroup.StatusCode);
        Assert.Empty(await MembersAsync(Gaps));
    }

    [Fact]
    public async Task ARoleGrantedManageWorkgroupMembers_MayManageMembers()
    {
        await factory.GrantAsync("WorkgroupCoordinator", "ManageWorkgroupMembers");
        var (_, coordinatorName) = await factory.CreateAccountAsync("Cora Coordinator", "WorkgroupCoordinator");
        var (dan, _) = await factory.CreateAccountAsync("Dan Member", "WorkgroupMember");
        using var coordinator = await factory.ClientOfAsync(coordinatorName);

        var put = await coordinator.PutMemberAsync("stemstlworkgroup0000000004", dan, "member");
        var list = await coordinator.GetAsync("/api/workgroups/stemstlworkgroup0000000004/members", Ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains(await list.ReadArrayAsync(), m => m!["userId"]!.GetValue<string>() == dan);
    }

    [Fact]
    public async Task DeletingAWorkgroup_ForgetsItsMembersAndChairs()
    {
        var (eve, _) = await factory.CreateAccountAsync("Eve Member", "WorkgroupMember");
        using var admin = await factory.AdminClientAsync();
        var created = await admin.PostJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "Workgroup",
            ["TitlePart"] = new JsonObject { ["Title"] = "Short-lived Task Force" },
            ["Workgroup"] = new JsonObject { ["Focus"] = new JsonObject { ["Markdown"] = "A workgroup that is about to be deleted." } },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        await factory.AddMemberAsync(id, eve, "member");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/content/{id}", Ct)).StatusCode);

        var section = await factory.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetSectionAsync("WorkgroupMembers", Ct));
        Assert.NotNull(section);
        Assert.False(section.ContainsKey(id), section.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/workgroups/{id}/members", Ct)).StatusCode);
    }
}
