using System.Text.Json.Nodes;
using StemStl.Cms.Jobs;

namespace StemStl.Cms.Recipes;

/// <summary>
/// Runs a recipe as a background job. The argument is <c>{"recipe": {...}}</c> or <c>{"name": "..."}</c>, with optional
/// <c>"variables"</c>. Whoever queues it has checked <c>ManageRecipes</c> and validated the recipe already; it is
/// validated again here, because the site may have changed while the job waited.
/// </summary>
internal sealed class RecipeRunJobHandler(IRecipeExecutor executor, IRecipeCatalog catalog) : IJobHandler
{
    public const string JobKind = "recipe.run";

    public string Kind => JobKind;

    public static JsonObject Argument(JsonNode recipe, IReadOnlyDictionary<string, string> variables) => new()
    {
        ["recipe"] = recipe.DeepClone(),
        ["variables"] = new JsonObject(variables.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)JsonValue.Create(v.Value)))),
    };

    public async Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var argument = context.Argument as JsonObject ?? throw new InvalidOperationException("The job has no recipe: its argument must be {\"recipe\": {...}} or {\"name\": \"...\"}.");
        var recipe = argument["recipe"] ?? (argument["name"]?.GetValue<string>() is { } name
            ? await catalog.LoadAsync(name, cancellationToken) ?? throw new InvalidOperationException($"No recipe named '{name}' is in the catalog any more.")
            : throw new InvalidOperationException("The job has no recipe: its argument must be {\"recipe\": {...}} or {\"name\": \"...\"}."));
        var variables = (argument["variables"] as JsonObject ?? [])
            .ToDictionary(v => v.Key, v => v.Value?.ToString() ?? "", StringComparer.Ordinal);

        var steps = (recipe["steps"] as JsonArray)?.Count ?? 0;
        context.Progress.Report(0, steps, $"Running {steps} step(s) in one transaction");
        var stepProgress = new StepProgress(context.Progress);
        var result = await executor.ExecuteAsync(recipe, variables, stepProgress, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The recipe '{result.Recipe}' was refused; nothing was changed. {string.Join(" ", result.Errors)}");
        }

        context.Progress.Report(steps, steps, "Done");
        return new JsonObject { ["recipe"] = result.Recipe, ["steps"] = steps, ["status"] = "executed" };
    }

    /// <summary>Passes each step's start to the job, synchronously: <see cref="Progress{T}"/> would post to the thread pool.</summary>
    private sealed class StepProgress(IJobProgress job) : IProgress<RecipeProgress>
    {
        public void Report(RecipeProgress value) =>
            job.Report(value.Done, value.Total, $"Step {value.Done + 1} of {value.Total}: {value.Step}");
    }
}
