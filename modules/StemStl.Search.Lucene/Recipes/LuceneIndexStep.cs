using System.Text.Json.Nodes;
using StemStl.Cms.Recipes;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Recipes;

/// <summary>
/// <c>{"name":"lucene-index","Indices":[{"Search":{"AnalyzerName":"english","IndexedContentTypes":["Resource"]}}]}</c>:
/// creates or replaces named indexes. Each node builds them in the background.
/// </summary>
internal sealed class LuceneIndexStep(LuceneIndexSettings settings) : IRecipeStep
{
    /// <summary>Where steps record the index names a recipe defines, so later steps may refer to them.</summary>
    public const string DefinedIndexes = "lucene-index:names";

    public string Name => "lucene-index";

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (definition, path) in Read(context.Step, context.Error))
        {
            for (var i = 0; i < definition.ContentTypes.Count; i++)
            {
                if (!context.State.Types.ContainsKey(definition.ContentTypes[i]))
                {
                    context.Error($"{path}.IndexedContentTypes[{i}]", $"unknown content type '{definition.ContentTypes[i]}'; define it in a ContentDefinition step first.");
                }
            }

            if (!context.State.Items.TryGetValue(DefinedIndexes, out var names))
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                context.State.Items[DefinedIndexes] = names;
            }

            ((HashSet<string>)names).Add(definition.Name);
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (definition, _) in Read(context.Step, (path, message) => throw new InvalidOperationException($"{path}: {message}")))
        {
            await settings.SaveAsync(definition, cancellationToken);
        }
    }

    private static List<(LuceneIndexDefinition Definition, string Path)> Read(JsonObject step, Action<string, string> error)
    {
        var found = new List<(LuceneIndexDefinition, string)>();
        if (step["Indices"] is not JsonArray indices)
        {
            error("Indices", "must be an array of {\"IndexName\": { settings }} objects.");
            return found;
        }

        for (var i = 0; i < indices.Count; i++)
        {
            if (indices[i] is not JsonObject entry || entry.Count == 0)
            {
                error($"Indices[{i}]", "must be an object naming one or more indexes, e.g. {\"Search\": {\"IndexedContentTypes\": [\"Article\"]}}.");
                continue;
            }

            foreach (var (name, value) in entry)
            {
                var path = $"Indices[{i}].{name}";
                if (value is not JsonObject json)
                {
                    error(path, "must be an object of index settings.");
                }
                else if (LuceneIndexJson.Read(name, json, path, error) is { } definition)
                {
                    found.Add((definition, path));
                }
            }
        }

        return found;
    }
}
