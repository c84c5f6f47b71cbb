using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Recipes;

namespace StemStl.Cms.Tests.Recipes;

public sealed class RecipeProgressTests(RecipeSite site) : IClassFixture<RecipeSite>
{
    [Fact]
    public async Task Execute_WithProgress_ReportsEachTopLevelStepAsItStarts()
    {
        var recipe = JsonNode.Parse("""
            { "name": "progress", "steps": [
              { "name": "Roles", "Roles": [ { "Name": "Progress reader", "Permissions": [ "ViewContent" ] } ] },
              { "name": "Settings", "ProgressCheck": { "Value": "one" } }
            ] }
            """)!;
        var seen = new List<RecipeProgress>();

        var result = await site.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, null, new Recorder(seen), TestContext.Current.CancellationToken));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal([new RecipeProgress(0, 2, "Roles"), new RecipeProgress(1, 2, "Settings")], seen);
    }

    [Fact]
    public async Task Execute_WhenValidationRefusesTheRecipe_ReportsNoStep()
    {
        var recipe = JsonNode.Parse("""{ "name": "refused", "steps": [ { "name": "NoSuchStep" } ] }""")!;
        var seen = new List<RecipeProgress>();

        var result = await site.InScopeAsync(sp =>
            sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, null, new Recorder(seen), TestContext.Current.CancellationToken));

        Assert.False(result.Succeeded);
        Assert.Empty(seen);
    }

    private sealed class Recorder(List<RecipeProgress> seen) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) => seen.Add(value);
    }
}
