using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Recipes;

namespace StemStl.Resources.Importing;

/// <summary>
/// <c>{"name":"resources-import","rows":[{"line":2,"key":"…","item":{"ContentItemId":"…","ContentType":"Resource",…}}]}</c>:
/// upserts resources by id and, unlike the <c>content</c> step, goes on after a refused item so every row's errors are
/// known. It runs inside the recipe's one transaction, which is how the CSV import is all-or-nothing: when any row
/// failed, or the import is a dry run, the step throws and the executor rolls every row back.
/// </summary>
internal sealed class ResourceImportStep : IRecipeStep
{
    public const string StepName = "resources-import";

    public string Name => StepName;

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.State.Types.ContainsKey(ResourceModel.ResourceType))
        {
            context.Error("", $"the site has no '{ResourceModel.ResourceType}' type; run the resources recipe first.");
        }

        if (context.Step["rows"] is not JsonArray rows)
        {
            context.Error("rows", "must be an array of {\"line\": n, \"key\": \"…\", \"item\": {…}} objects.");
            return Task.CompletedTask;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (Read(rows[i]) is null)
            {
                context.Error($"rows[{i}]", $"must be {{\"line\": n, \"key\": \"…\", \"item\": {{\"ContentItemId\": \"…\", \"ContentType\": \"{ResourceModel.ResourceType}\", …}}}}; this step imports resources only.");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var manager = context.Services.GetRequiredService<IContentManager>();
        var run = context.Services.GetRequiredService<ImportRun>();
        foreach (var row in (context.Step["rows"] as JsonArray ?? []).Select(Read).OfType<StepRow>())
        {
            var existed = await manager.GetAsync(row.Item.ContentItemId, VersionOptions.Latest, cancellationToken) is not null;
            var result = await manager.ImportAsync(row.Item, cancellationToken);
            if (result.Succeeded)
            {
                run.Rows.Add(new ImportedRow(row.Line, row.Key, row.Item.ContentItemId, result.Item!.DisplayText, !existed));
                continue;
            }

            foreach (var error in result.Errors.Count > 0 ? result.Errors : [new ContentValidationError("", $"the resource was refused ({result.Failure}).")])
            {
                run.Errors.Add(new ImportError(row.Line, ImportColumns.ForPath(error.Path).Name, $"{error.Path}: {error.Message}".TrimStart(':', ' ')));
            }
        }

        run.Completed = true;
        if (run.Errors.Count > 0)
        {
            throw new ImportRolledBackException($"{run.Errors.Count} problem(s) in the rows; nothing was imported.");
        }

        if (run.DryRun)
        {
            throw new ImportRolledBackException("dry run: every row was checked and nothing was written.");
        }
    }

    private static StepRow? Read(JsonNode? node)
    {
        if (node is not JsonObject row || row["line"]?.GetValueKind() is not JsonValueKind.Number || row["item"] is not JsonObject item
            || item["ContentItemId"]?.GetValueKind() is not JsonValueKind.String || item["ContentType"]?.GetValueKind() is not JsonValueKind.String
            || item["ContentType"]!.GetValue<string>() != ResourceModel.ResourceType || item["Content"] is not JsonObject content)
        {
            return null;
        }

        return new StepRow(
            row["line"]!.GetValue<int>(),
            row["key"]?.GetValueKind() is JsonValueKind.String ? row["key"]!.GetValue<string>() : "",
            new ContentItem
            {
                ContentItemId = item["ContentItemId"]!.GetValue<string>(),
                ContentType = ResourceModel.ResourceType,
                DisplayText = item["DisplayText"]?.GetValueKind() is JsonValueKind.String ? item["DisplayText"]!.GetValue<string>() : "",
                Published = item["Published"]?.GetValueKind() is JsonValueKind.True,
                Latest = true,
                Content = (JsonObject)content.DeepClone(),
            });
    }

    private sealed record StepRow(int Line, string Key, ContentItem Item);
}
