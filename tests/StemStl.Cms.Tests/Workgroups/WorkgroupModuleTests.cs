using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;
using StemStl.Cms.Tests.Recipes;
using StemStl.Workgroups.Membership;

namespace StemStl.Cms.Tests.Workgroups;

/// <summary>The workgroups module on the engine: its recipe, the pages' paths, the stored membership and the scope.</summary>
public sealed class WorkgroupModuleTests(RecipeSite site) : IClassFixture<RecipeSite>
{
    private const string Gaps = "stemstlworkgroup0000000003";
    private const string Workforce = "stemstlworkgroup0000000002";

    private static void AssertSucceeded(RecipeResult result) =>
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));

    private async Task SetUpAsync() => AssertSucceeded(await site.ExecuteAsync(RecipeSite.Load("stemstl.recipe.json")));

    [Fact]
    public async Task TheModuleRecipe_RunOnItsOwn_EnablesTheFeature_AndDefinesBothTypesForTheApi()
    {
        AssertSucceeded(await site.ExecuteAsync("""{ "name": "only-workgroups", "steps": [ { "name": "recipes", "Values": [ { "name": "workgroups" } ] } ] }"""));

        var (enabled, snapshot) = await site.InScopeAsync(async sp => (
            sp.GetRequiredService<IFeatureManager>().IsEnabled("StemStl.Workgroups"),
            await sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync()));

        Assert.True(enabled);
        Assert.True(snapshot.FindType("Workgroup")?.Settings.ApiVisible);
        Assert.True(snapshot.FindType("WorkgroupPage")?.Settings.ApiVisible);
    }

    [Fact]
    public async Task APagesPath_FollowsItsWorkgroupAndTitle_WhenThePageMoves()
    {
        await SetUpAsync();

        var (created, moved) = await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var page = (await content.NewAsync("WorkgroupPage"))!;
            page.Content["TitlePart"] = new JsonObject { ["Title"] = "Gap Analysis" };
            page.Content["WorkgroupPage"] = new JsonObject { ["Workgroup"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Gaps) } };
            var first = await content.CreateAsync(page);
            Assert.True(first.Succeeded, string.Join("; ", first.Errors));

            var edit = (await content.GetAsync(page.ContentItemId, VersionOptions.Latest))!;
            edit.Content["TitlePart"] = new JsonObject { ["Title"] = "Pathways Analysis" };
            edit.Content["WorkgroupPage"]!["Workgroup"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Workforce) };
            var second = await content.UpdateAsync(edit);
            Assert.True(second.Succeeded, string.Join("; ", second.Errors));
            return (first.Item!, second.Item!);
        });

        Assert.Equal("workgroups/identifying-and-filling-gaps/gap-analysis", created.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.Equal("workgroups/connection-to-the-workforce/pathways-analysis", moved.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task StoredMembership_IgnoresHandEditedValuesThatNameNoRole()
    {
        await site.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ISiteSettings>().SetSectionAsync(WorkgroupMembership.Section, new JsonObject
            {
                ["wg-a"] = new JsonObject { ["u-chair"] = "chair", ["u-member"] = "Member", ["u-owner"] = "Owner", ["u-none"] = "None", ["u-number"] = 5 },
                ["wg-b"] = "not an object",
            }, merge: false);
            return true;
        });

        var all = await site.InScopeAsync(async sp => await sp.GetRequiredService<WorkgroupMembership>().GetAllAsync(CancellationToken.None));

        Assert.Equal(["wg-a"], all.Keys);
        Assert.Equal(
            new Dictionary<string, WorkgroupRole> { ["u-chair"] = WorkgroupRole.Chair, ["u-member"] = WorkgroupRole.Member },
            all["wg-a"]);
    }

    [Fact]
    public async Task TheScope_PutsPagesInTheirPickedWorkgroup_WorkgroupsInThemselves_AndNothingElseAnywhere()
    {
        var (pageWorkgroup, workgroupWorkgroup, orphan, other, mine) = await site.InScopeAsync(async sp =>
        {
            var membership = sp.GetRequiredService<WorkgroupMembership>();
            await membership.SetAsync("wg-x", "u-1", WorkgroupRole.Chair, CancellationToken.None);
            await membership.SetAsync("wg-y", "u-1", WorkgroupRole.Member, CancellationToken.None);
            await membership.SetAsync("wg-y", "u-2", WorkgroupRole.Member, CancellationToken.None);
            var scope = new WorkgroupScope(membership);
            var page = new ContentItem { ContentItemId = "p1", ContentType = "WorkgroupPage" };
            page.Part("WorkgroupPage")["Workgroup"] = new JsonObject { ["ContentItemIds"] = new JsonArray("wg-x") };
            return (
                await scope.GetWorkgroupIdAsync(page),
                await scope.GetWorkgroupIdAsync(new ContentItem { ContentItemId = "wg-y", ContentType = "Workgroup" }),
                await scope.GetWorkgroupIdAsync(new ContentItem { ContentItemId = "p2", ContentType = "WorkgroupPage" }),
                await scope.GetWorkgroupIdAsync(new ContentItem { ContentItemId = "a1", ContentType = "Page" }),
                await scope.GetWorkgroupsOfAsync("u-1"));
        });

        Assert.Equal("wg-x", pageWorkgroup);
        Assert.Equal("wg-y", workgroupWorkgroup);
        Assert.Null(orphan);
        Assert.Null(other);
        Assert.Equal(new Dictionary<string, WorkgroupRole> { ["wg-x"] = WorkgroupRole.Chair, ["wg-y"] = WorkgroupRole.Member }, mine);
    }
}
