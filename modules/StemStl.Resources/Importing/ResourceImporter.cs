using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using StemStl.Cms.Recipes;

namespace StemStl.Resources.Importing;

/// <summary>The outcome of an import: what each row did or would do, or every problem found. Nothing is written unless it is valid.</summary>
internal sealed record ImportReport(bool DryRun, bool Publish, int RowCount, IReadOnlyList<ImportedRow> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool Valid => Errors.Count == 0;

    public int Created => Rows.Count(r => r.Created);

    public int Updated => Rows.Count(r => !r.Created);
}

/// <summary>
/// Imports a resources CSV file: reads it, checks every cell against the taxonomies and the module's rules, then saves
/// every row through the content manager inside one recipe run, so the file is imported whole or not at all.
/// </summary>
internal sealed class ResourceImporter(
    IOptions<ResourceImportOptions> options,
    ImportRowLookup lookup,
    ImportRun run,
    IRecipeExecutor recipes)
{
    public int MaxBytes => options.Value.MaxBytes;

    /// <exception cref="ImportFileException">The file as a whole cannot be read as a resources CSV file.</exception>
    public async Task<ImportReport> ImportAsync(byte[] file, bool dryRun, bool publish, CancellationToken cancellationToken)
    {
        var rows = ImportFile.Read(file, options.Value.MaxRows);
        await lookup.LoadAsync(cancellationToken);
        var mapper = new ImportRowMapper(lookup);
        var errors = new List<ImportError>();
        var items = new JsonArray();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var item = mapper.Map(row, publish, errors);
            var key = row.Get(ImportColumns.Key);
            if (key.Length > 0 && !keys.TryAdd(key, row.Line))
            {
                errors.Add(new ImportError(row.Line, ImportColumns.Key.Name, $"key '{key}' is already used on line {keys[key]}; each resource needs its own key."));
            }

            items.Add(new JsonObject
            {
                ["line"] = row.Line,
                ["key"] = RecipeLiterals.Escape(key),
                ["item"] = new JsonObject
                {
                    ["ContentItemId"] = item.ContentItemId,
                    ["ContentType"] = item.ContentType,
                    ["DisplayText"] = RecipeLiterals.Escape(item.DisplayText),
                    ["Published"] = item.Published,
                    ["Content"] = RecipeLiterals.Escape(item.Content),
                },
            });
        }

        if (errors.Count > 0 || rows.Count == 0)
        {
            return new ImportReport(dryRun, publish, rows.Count, [], rows.Count == 0 ? [new ImportError(2, ImportColumns.Key.Name, "the file has a header row but no resources.")] : Sorted(errors));
        }

        run.DryRun = dryRun;
        var result = await recipes.ExecuteAsync(
            new JsonObject
            {
                ["name"] = "resources-csv-import",
                ["displayName"] = "Resources CSV import",
                ["steps"] = new JsonArray(new JsonObject { ["name"] = ResourceImportStep.StepName, ["rows"] = items }),
            },
            cancellationToken: cancellationToken);
        if (!run.Completed)
        {
            // The step never ran to the end: the recipe was refused before it (say, the Resource type is gone).
            return new ImportReport(dryRun, publish, rows.Count, [], [.. result.Errors.Select(e => new ImportError(0, "", e.ToString()))]);
        }

        return new ImportReport(dryRun, publish, rows.Count, run.Errors.Count > 0 ? [] : run.Rows, Sorted(run.Errors));
    }

    private static List<ImportError> Sorted(IEnumerable<ImportError> errors) =>
        [.. errors.OrderBy(e => e.Line).ThenBy(e => ImportColumns.All.ToList().FindIndex(c => c.Name == e.Column))];
}
