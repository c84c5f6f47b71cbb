using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Jobs;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes.Export;

/// <summary>
/// Exports the site, or chosen content types, as a recipe the executor accepts: the enabled features, the definitions,
/// the items (each item's published version, then its newer draft) and, for the whole site, the settings with every
/// value whose name suggests a secret left out.
/// </summary>
internal sealed partial class RecipeExporter(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    IContentManager content,
    IFeatureManager features)
{
    private static readonly string[] DroppedItemKeys = ["ContentItemVersionId", "Number", "Latest"];

    /// <param name="types">The types to export, or null for the whole site.</param>
    public async Task<(JsonObject Recipe, int Items)> ExportAsync(IReadOnlyList<string>? types, bool includeContent, IJobProgress progress, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var chosen = types is null ? snapshot.Types.Values.ToList() : [.. types.Select(snapshot.FindType).OfType<ContentTypeDefinition>()];
        var partNames = chosen.SelectMany(t => t.Parts.Select(p => p.PartName)).Append("").ToHashSet(StringComparer.Ordinal);
        var parts = types is null ? snapshot.Parts.Values : snapshot.Parts.Values.Where(p => partNames.Contains(p.Name));

        var steps = new JsonArray
        {
            new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray([.. features.EnabledFeatureIds.Order(StringComparer.Ordinal).Select(f => (JsonNode)f)]) },
            DefinitionRecipeWriter.Step(chosen.OrderBy(t => t.Name, StringComparer.Ordinal), parts.OrderBy(p => p.Name, StringComparer.Ordinal)),
        };

        var items = includeContent ? await ItemsAsync([.. chosen.Select(t => t.Name)], progress, cancellationToken) : [];
        if (items.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = "content", ["data"] = new JsonArray([.. items]) });
        }

        if (types is null && await SettingsAsync(cancellationToken) is { Count: > 1 } settings)
        {
            steps.Add(settings);
        }

        var recipe = new JsonObject
        {
            ["name"] = types is null ? "site-export" : "types-export",
            ["displayName"] = types is null ? "Site export" : $"Export of {string.Join(", ", chosen.Select(t => t.Name))}",
            ["description"] = "Exported from the admin.",
            ["steps"] = RecipeLiterals.Escape(steps),
        };
        return (recipe, items.Count);
    }

    private async Task<List<JsonNode>> ItemsAsync(List<string> types, IJobProgress progress, CancellationToken cancellationToken)
    {
        // Oldest first, so an item is written after the items it was created after (and usually refers to).
        var versions = await db.ContentItems.AsNoTracking()
            .Where(r => types.Contains(r.ContentType) && (r.Published || r.Latest))
            .OrderBy(r => r.Id)
            .Select(r => new { r.ContentItemId, r.ContentItemVersionId, r.Published })
            .ToListAsync(cancellationToken);

        // The published version first, so importing it and then the draft leaves the same two versions.
        var ordered = versions.GroupBy(v => v.ContentItemId).SelectMany(g => g.OrderByDescending(v => v.Published)).ToList();
        var result = new List<JsonNode>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            progress.Report(i, ordered.Count, $"Exporting item {i + 1} of {ordered.Count}");
            if (await content.GetVersionAsync(ordered[i].ContentItemVersionId, cancellationToken) is { } item)
            {
                var json = item.ToFlatJson();
                foreach (var key in DroppedItemKeys.Concat(json.Where(p => p.Value is null).Select(p => p.Key)).ToList())
                {
                    json.Remove(key);
                }

                result.Add(json);
            }
        }

        return result;
    }

    private async Task<JsonObject> SettingsAsync(CancellationToken cancellationToken)
    {
        var step = new JsonObject { ["name"] = "Settings" };
        foreach (var section in await db.SiteSettings.AsNoTracking().OrderBy(s => s.Section).ToListAsync(cancellationToken))
        {
            if (!Secret().IsMatch(section.Section) && JsonNode.Parse(section.Document) is JsonObject document && WithoutSecrets(document) is { Count: > 0 } safe)
            {
                step[section.Section] = safe;
            }
        }

        return step;
    }

    /// <summary>A copy without any property whose name says it holds a secret, at any depth.</summary>
    internal static JsonObject WithoutSecrets(JsonObject source)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (!Secret().IsMatch(key))
            {
                copy[key] = value is JsonObject nested ? WithoutSecrets(nested) : value?.DeepClone();
            }
        }

        return copy;
    }

    [GeneratedRegex("secret|password|passwd|token|key|hash|signing|credential|salt|private|connection", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Secret();
}
