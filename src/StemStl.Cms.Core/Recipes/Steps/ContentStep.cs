using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>content</c> step: <c>{"name":"content","data":[{ContentItemId, ContentType, DisplayText, Published, ...parts}]}</c>,
/// parts as top-level properties of each item. Items are upserted by id, so running the step twice leaves the same state.
/// </summary>
internal sealed class ContentStep(IEnumerable<ContentPartKind> partKinds, FeatureContributionMap contributions) : IRecipeStep
{
    private static readonly string[] StepKeys = ["name", "data"];

    /// <summary>The item's own properties; every other property is a part.</summary>
    private static readonly string[] ItemKeys =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc",
    ];

    public string Name => "content";

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        RecipeJson.CheckKeys(context.Step, "", StepKeys, context.Error);
        var state = context.State;
        var snapshot = new ContentDefinitionSnapshot(state.Types, state.Parts, "");
        var kinds = contributions.EnabledIn(partKinds, state).Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (json, path) in Items(context.Step, context.Error))
        {
            var id = RecipeJson.RequiredString(json, "ContentItemId", path, context.Error);
            if (id is not null && (id.Length > 26 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            {
                context.Error(RecipeJson.Child(path, "ContentItemId"), $"'{id}' is not a content item id: use 1 to 26 letters, digits, '-' or '_'");
            }

            ReadScalars(json, path, context.Error);
            var typeName = RecipeJson.RequiredString(json, "ContentType", path, context.Error);
            if (typeName is null)
            {
                continue;
            }

            if (!state.Types.TryGetValue(typeName, out var type))
            {
                context.Error(RecipeJson.Child(path, "ContentType"), RecipeJson.Unknown("content type", typeName, state.Types.Keys));
                continue;
            }

            if (id is not null && state.ContentItems.TryGetValue(id, out var earlier) && earlier != typeName)
            {
                context.Error(RecipeJson.Child(path, "ContentItemId"), $"item '{id}' is already a '{earlier}' earlier in this recipe; an item cannot change its type");
            }

            var attached = TypeParts.Of(type, snapshot);
            foreach (var (key, value) in json.Where(p => !ItemKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
            {
                var partPath = RecipeJson.Child(path, key);
                var typePart = attached.FirstOrDefault(p => p.Name == key);
                if (typePart is null)
                {
                    context.Error(partPath, RecipeJson.Unknown("part", key, attached.Select(p => p.Name).Concat(ItemKeys), $"on type '{typeName}'"));
                }
                else if (value is not JsonObject part)
                {
                    context.Error(partPath, $"a part must be an object, but it is {RecipeJson.Describe(value)}");
                }
                else
                {
                    CheckFields(part, partPath, state.Parts.GetValueOrDefault(typePart.PartName), kinds.Contains(typePart.PartName), context);
                }
            }

            if (id is not null)
            {
                state.ContentItems[id] = typeName;
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var manager = context.Services.GetRequiredService<IContentManager>();
        foreach (var (json, path) in Items(context.Step, static (_, _) => { }))
        {
            var result = await manager.ImportAsync(ToItem(json), cancellationToken);
            if (!result.Succeeded)
            {
                var problems = result.Errors.Select(e => (RecipeJson.Child(path, e.Path), e.Message.TrimEnd('.'))).ToList();
                throw new RecipeStepException(problems.Count > 0 ? problems : [(path, $"the item was refused ({result.Failure})")]);
            }
        }
    }

    /// <summary>Object-valued properties are fields and must be defined; a part without a kind holds nothing but fields.</summary>
    private static void CheckFields(JsonObject part, string partPath, ContentPartDefinition? definition, bool hasKind, RecipeValidationContext context)
    {
        var fields = definition?.Fields ?? [];
        foreach (var (key, value) in part)
        {
            if (fields.Any(f => f.Name == key))
            {
                continue;
            }

            if (value is JsonObject || !hasKind)
            {
                context.Error(RecipeJson.Child(partPath, key), RecipeJson.Unknown("field", key, fields.Select(f => f.Name), $"in part '{definition?.Name ?? partPath}'"));
            }
        }
    }

    private static void ReadScalars(JsonObject json, string path, Action<string, string> error)
    {
        foreach (var key in new[] { "ContentItemVersionId", "DisplayText", "Owner", "Author" })
        {
            if (RecipeJson.Get(json, key) is { } node && !RecipeJson.IsString(node))
            {
                error(RecipeJson.Child(path, key), $"'{key}' must be a string, but it is {RecipeJson.Describe(node)}");
            }
        }

        foreach (var key in new[] { "Latest", "Published" })
        {
            if (RecipeJson.Get(json, key) is { } node && !RecipeJson.IsBoolean(node))
            {
                error(RecipeJson.Child(path, key), $"'{key}' must be true or false, but it is {RecipeJson.Describe(node)}");
            }
        }

        foreach (var key in new[] { "CreatedUtc", "ModifiedUtc", "PublishedUtc" })
        {
            if (RecipeJson.Get(json, key) is { } node && Date(node) is null)
            {
                error(RecipeJson.Child(path, key), $"'{key}' must be an ISO-8601 date and time, but it is {RecipeJson.Describe(node)}");
            }
        }
    }

    private static ContentItem ToItem(JsonObject json)
    {
        string? Text(string key) => RecipeJson.Get(json, key) is { } node && RecipeJson.IsString(node) ? node.GetValue<string>() : null;
        var item = new ContentItem
        {
            ContentItemId = Text("ContentItemId")!,
            ContentType = Text("ContentType")!,
            DisplayText = Text("DisplayText") ?? "",
            Published = RecipeJson.Get(json, "Published") is { } published && published.GetValue<bool>(),
            Latest = RecipeJson.Get(json, "Latest") is not { } latest || latest.GetValue<bool>(),
            Owner = Text("Owner"),
            Author = Text("Author"),
            CreatedUtc = Date(RecipeJson.Get(json, "CreatedUtc")),
            ModifiedUtc = Date(RecipeJson.Get(json, "ModifiedUtc")),
            PublishedUtc = Date(RecipeJson.Get(json, "PublishedUtc")),
        };
        foreach (var (key, value) in json.Where(p => !ItemKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            item.Content[key] = value?.DeepClone();
        }

        return item;
    }

    private static DateTime? Date(JsonNode? node) =>
        RecipeJson.IsString(node) && DateTime.TryParse(node!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static IEnumerable<(JsonObject Json, string Path)> Items(JsonObject step, Action<string, string> error)
    {
        var node = RecipeJson.Get(step, "data");
        if (node is not JsonArray array)
        {
            error("data", node is null ? "the step needs a \"data\" array of content items" : $"'data' must be an array of content items, but it is {RecipeJson.Describe(node)}");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = RecipeJson.Index("data", i);
            if (array[i] is JsonObject item)
            {
                yield return (item, path);
            }
            else
            {
                error(path, $"a content item must be an object, but it is {RecipeJson.Describe(array[i])}");
            }
        }
    }
}
