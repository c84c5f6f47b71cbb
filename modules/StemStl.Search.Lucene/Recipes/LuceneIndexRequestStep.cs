using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Recipes;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Recipes;

/// <summary>
/// <c>lucene-index-rebuild</c> and <c>lucene-index-reset</c>, as Orchard Core names them:
/// <c>{"name":"lucene-index-rebuild","IncludeAll":true}</c> or <c>{"name":"lucene-index-reset","Indices":["Search"]}</c>.
/// A rebuild builds the index again from the content; a reset replays the change log from its start.
/// </summary>
internal abstract class LuceneIndexRequestStep(LuceneIndexSettings settings, bool rebuild) : IRecipeStep
{
    public abstract string Name { get; }

    public async Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var known = (await settings.ListAsync(cancellationToken)).Select(s => s.Definition.Name).ToHashSet(StringComparer.Ordinal);
        if (context.State.Items.TryGetValue(LuceneIndexStep.DefinedIndexes, out var defined))
        {
            known.UnionWith((HashSet<string>)defined);
        }

        var (all, names) = Read(context.Step, context.Error);
        for (var i = 0; !all && i < names.Count; i++)
        {
            if (!known.Contains(names[i]))
            {
                context.Error($"Indices[{i}]", $"no index is named '{names[i]}'; define it with a lucene-index step first.");
            }
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (all, names) = Read(context.Step, (path, message) => throw new InvalidOperationException($"{path}: {message}"));
        foreach (var state in await settings.ListAsync(cancellationToken))
        {
            if (all || names.Contains(state.Definition.Name))
            {
                await settings.RequestAsync(state, rebuild, cancellationToken);
            }
        }
    }

    private static (bool All, List<string> Names) Read(JsonObject step, Action<string, string> error)
    {
        var all = step["IncludeAll"]?.GetValueKind() == JsonValueKind.True;
        var names = new List<string>();
        if (step["Indices"] is JsonArray indices)
        {
            for (var i = 0; i < indices.Count; i++)
            {
                if (indices[i]?.GetValueKind() == JsonValueKind.String)
                {
                    names.Add(indices[i]!.GetValue<string>());
                }
                else
                {
                    error($"Indices[{i}]", "must be an index name.");
                }
            }
        }
        else if (!all)
        {
            error("", "name the indexes in \"Indices\": [\"Search\"], or set \"IncludeAll\": true.");
        }

        return (all, names);
    }
}

internal sealed class LuceneIndexRebuildStep(LuceneIndexSettings settings) : LuceneIndexRequestStep(settings, rebuild: true)
{
    public override string Name => "lucene-index-rebuild";
}

internal sealed class LuceneIndexResetStep(LuceneIndexSettings settings) : LuceneIndexRequestStep(settings, rebuild: false)
{
    public override string Name => "lucene-index-reset";
}
