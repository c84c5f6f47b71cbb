using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Jobs;

namespace StemStl.Cms.Recipes.Export;

/// <summary>
/// Exports as a background job; the argument is <c>{"types": [...] or null, "includeContent": true}</c>. The recipe is
/// left as the job's file and the outcome counts what it holds.
/// </summary>
internal sealed class RecipeExportJobHandler(RecipeExporter exporter, TimeProvider clock) : IJobHandler
{
    public const string JobKind = "recipe.export";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Kind => JobKind;

    public static JsonObject Argument(IReadOnlyList<string>? types, bool includeContent) => new()
    {
        ["types"] = types is null ? null : new JsonArray([.. types.Select(t => (JsonNode)t)]),
        ["includeContent"] = includeContent,
    };

    public async Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = context.Argument?["types"] is JsonArray list ? list.Select(t => t?.GetValue<string>() ?? "").Where(t => t.Length > 0).ToList() : null;
        var includeContent = context.Argument?["includeContent"]?.GetValue<bool>() ?? true;
        var (recipe, items) = await exporter.ExportAsync(types, includeContent, context.Progress, cancellationToken);
        var fileName = $"{recipe["name"]}-{clock.GetUtcNow():yyyyMMdd-HHmmss}.recipe.json";
        context.Output.Attach(fileName, recipe.ToJsonString(Indented));
        var steps = recipe["steps"]!.AsArray();
        return new JsonObject
        {
            ["file"] = fileName,
            ["types"] = steps.FirstOrDefault(s => s?["name"]?.GetValue<string>() == "ContentDefinition")?["ContentTypes"]?.AsArray().Count ?? 0,
            ["items"] = items,
            ["settings sections"] = (steps.FirstOrDefault(s => s?["name"]?.GetValue<string>() == "Settings") as JsonObject)?.Count - 1 ?? 0,
        };
    }
}
