using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Recipes;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Tests.Recipes;

public sealed class RecipeExecutionTests(RecipeSite site) : IClassFixture<RecipeSite>
{
    private static readonly string[] WorkgroupIds = [.. Enumerable.Range(1, 5).Select(i => $"stemstlworkgroup000000000{i}")];

    private static void AssertSucceeded(RecipeResult result) =>
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));

    [Fact]
    public async Task Execute_StemStlRecipeTwice_LeavesTheSameState()
    {
        AssertSucceeded(await site.ExecuteAsync(RecipeSite.Load("stemstl.recipe.json")));
        var first = await site.FingerprintAsync();

        AssertSucceeded(await site.ExecuteAsync(RecipeSite.Load("stemstl.recipe.json")));

        Assert.Equal(first, await site.FingerprintAsync());
        var items = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetManyAsync(WorkgroupIds));
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal((1, true), (i.Number, i.Published)));
        var communications = Assert.Single(items, i => i.ContentItemId == WorkgroupIds[0]);
        Assert.Equal("Centralizing Communications", communications.DisplayText);
        Assert.Equal("workgroups/centralizing-communications", communications.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.Equal("Active", communications.Content["Workgroup"]!["Status"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_WhenAStepFailsAtRunTime_RollsBackTheEarlierSteps()
    {
        AssertSucceeded(await site.ExecuteAsync(RecipeSite.Load("stemstl.recipe.json")));
        var before = await site.FingerprintAsync();

        // Both items are valid on their own; the second one's path clashes with the first's only when it is saved. The type
        // is one the setup recipe does not define (its Event has required dates), so only the clash can fail.
        var result = await site.ExecuteAsync("""
            { "name": "clash", "steps": [
              { "name": "Settings", "Clash": { "Ran": true } },
              { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Meetup", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart" }, { "PartName": "AutoroutePart" } ] } ] },
              { "name": "content", "data": [
                { "ContentItemId": "event1", "ContentType": "Meetup", "Published": true, "TitlePart": { "Title": "Gathering" }, "AutoroutePart": { "Path": "events/gathering" } },
                { "ContentItemId": "event2", "ContentType": "Meetup", "Published": true, "TitlePart": { "Title": "Gathering 2" }, "AutoroutePart": { "Path": "events/gathering" } } ] } ] }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "content", "data[1].AutoroutePart.Path"), (error.StepIndex, error.StepName, error.Path));
        Assert.Equal(before, await site.FingerprintAsync());
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetSectionAsync("Clash")));
    }

    [Fact]
    public async Task Execute_WhenCallerSuppliesAVariable_ItOverridesTheHeader()
    {
        AssertSucceeded(await site.ExecuteAsync(
            """{ "name": "vars", "variables": { "siteName": "Header" }, "steps": [ { "name": "Settings", "Vars": { "Name": "{{ siteName }}", "At": "{{ now }}" } } ] }""",
            new Dictionary<string, string> { ["siteName"] = "Caller" }));

        var section = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetSectionAsync("Vars"));
        Assert.Equal("Caller", section!["Name"]!.GetValue<string>());
        Assert.True(DateTime.TryParse(section["At"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Execute_Roles_ReplacesTheRolePermissions()
    {
        AssertSucceeded(await site.ExecuteAsync("""{ "name": "r", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Reviewer", "Description": "Reads", "Permissions": [ "ViewContent", "PreviewContent" ] } ] } ] }"""));
        AssertSucceeded(await site.ExecuteAsync("""{ "name": "r", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Reviewer", "Permissions": [ "ViewContent", "ListContent" ] } ] } ] }"""));

        var claims = await site.InScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<CmsRole>>();
            var role = await roles.FindByNameAsync("Reviewer");
            return (role!.Description, (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType).Select(c => c.Value).Order().ToList());
        });
        Assert.Equal("Reads", claims.Description);
        Assert.Equal(["ListContent", "ViewContent"], claims.Item2);
    }

    [Fact]
    public async Task Execute_RecipesStep_RunsCatalogRecipesInTheSameTransaction()
    {
        await File.WriteAllTextAsync(Path.Combine(site.RecipesFolder, "widgets.recipe.json"), """
            { "name": "widgets", "steps": [ { "name": "feature", "enable": [ "Test.Widgets" ] }, { "name": "widgets", "count": 7 } ] }
            """, TestContext.Current.CancellationToken);

        AssertSucceeded(await site.ExecuteAsync("""{ "name": "outer", "steps": [ { "name": "recipes", "Values": [ { "executionid": "x", "name": "widgets" } ] } ] }"""));

        var section = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetSectionAsync("Widgets"));
        Assert.Equal(7, section!["Count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Validate_WhenRecipesIncludeEachOther_RefusesTheCycle()
    {
        await File.WriteAllTextAsync(Path.Combine(site.RecipesFolder, "loop-a.recipe.json"), """{ "name": "loop-a", "steps": [ { "name": "recipes", "Values": [ { "name": "loop-b" } ] } ] }""", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(site.RecipesFolder, "loop-b.recipe.json"), """{ "name": "loop-b", "steps": [ { "name": "recipes", "Values": [ { "name": "loop-a" } ] } ] }""", TestContext.Current.CancellationToken);

        var result = await site.ValidateAsync("""{ "name": "start", "steps": [ { "name": "recipes", "Values": [ { "name": "loop-a" }, { "name": "blnk" } ] } ] }""");

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("recipe 'loop-b' step 0 (recipes): Values[0].name: recipe 'loop-a' would run itself: start → loop-a → loop-b → loop-a", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("Values[1].name: unknown recipe 'blnk'; did you mean 'blank'?", $"{result.Errors[1].Path}: {result.Errors[1].Message}");
    }

    [Fact]
    public async Task Execute_BlankRecipe_EnablesTheBuiltInFeatures()
    {
        AssertSucceeded(await site.ExecuteAsync(RecipeSite.Load("blank.recipe.json")));

        var enabled = await site.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<StemStl.Cms.Modules.IFeatureManager>().EnabledFeatureIds));
        Assert.Superset(new HashSet<string> { "StemStl.Title", "StemStl.Autoroute", "StemStl.Markdown", "StemStl.ContentFields" }, enabled.ToHashSet());
    }

    [Fact]
    public async Task Catalog_ListsTheRepositoryRecipes()
    {
        var recipes = await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeCatalog>().ListAsync());

        Assert.Contains(recipes, r => r is { Name: "stemstl", IsSetupRecipe: true });
        Assert.Contains(recipes, r => r.Name == "blank");
    }

    [Fact]
    public async Task Execute_InsideACallersTransaction_LeavesCommitToTheCaller()
    {
        var committed = await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(System.Text.Json.Nodes.JsonNode.Parse(
                """{ "name": "inner", "steps": [ { "name": "Settings", "Inner": { "A": 1 } } ] }""")!);
            AssertSucceeded(result);
            await transaction.RollbackAsync();
            return await sp.GetRequiredService<ISiteSettings>().GetSectionAsync("Inner");
        });

        Assert.Null(committed);
    }
}
