using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace StemStl.Cms.Recipes.Steps;

/// <summary>
/// <c>{"name":"recipes","Values":[{"executionid":"x","name":"blank"}]}</c>: runs other recipes of the catalog by name,
/// validated in the same simulation and run in the same transaction. A recipe that includes itself, directly or not, is refused.
/// </summary>
internal sealed class RecipesStep(IRecipeCatalog catalog, IServiceProvider services) : IRecipeStep
{
    private static readonly string[] StepKeys = ["name", "Values"];
    private static readonly string[] ValueKeys = ["executionid", "name"];

    public string Name => "recipes";

    // Resolved late: the executor depends on every step, this one included.
    private RecipeExecutor Executor => services.GetRequiredService<RecipeExecutor>();

    public async Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        RecipeJson.CheckKeys(context.Step, "", StepKeys, context.Error);
        foreach (var (value, path) in Values(context.Step, context.Error))
        {
            RecipeJson.CheckKeys(value, path, ValueKeys, context.Error);
            RecipeJson.OptionalString(value, "executionid", path, context.Error);
            var name = RecipeJson.RequiredString(value, "name", path, context.Error);
            if (name is null)
            {
                continue;
            }

            var at = RecipeJson.Child(path, "name");
            if (context.State.RecipeChain.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var chain = context.State.RecipeChain.Reverse().Append(name);
                context.Error(at, $"recipe '{name}' would run itself: {string.Join(" → ", chain)}");
                continue;
            }

            var recipe = await catalog.LoadAsync(name, cancellationToken);
            if (recipe is null)
            {
                var known = (await catalog.ListAsync(cancellationToken)).Select(r => r.Name);
                context.Error(at, RecipeJson.Unknown("recipe", name, known));
                continue;
            }

            foreach (var error in await Executor.ValidateNestedAsync(recipe, context.State, cancellationToken))
            {
                context.Error(path, error.ToString());
            }
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var (value, path) in Values(context.Step, static (_, _) => { }))
        {
            var name = RecipeJson.Get(value, "name")!.GetValue<string>();
            var recipe = await catalog.LoadAsync(name, cancellationToken)
                ?? throw new RecipeStepException(RecipeJson.Child(path, "name"), $"recipe '{name}' is no longer in the catalog");
            try
            {
                await Executor.RunNestedAsync(recipe, cancellationToken);
            }
            catch (RecipeFailedException failed)
            {
                throw new RecipeStepException([.. failed.Errors.Select(e => (path, e.ToString()))]);
            }
        }
    }

    private static IEnumerable<(JsonObject Value, string Path)> Values(JsonObject step, Action<string, string> error)
    {
        var node = RecipeJson.Get(step, "Values");
        if (node is not JsonArray array)
        {
            error("Values", node is null ? "the step needs a \"Values\" array" : $"'Values' must be an array, but it is {RecipeJson.Describe(node)}");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = RecipeJson.Index("Values", i);
            if (array[i] is JsonObject value)
            {
                yield return (value, path);
            }
            else
            {
                error(path, $"expected an object like {{\"name\":\"blank\"}}, but it is {RecipeJson.Describe(array[i])}");
            }
        }
    }
}
