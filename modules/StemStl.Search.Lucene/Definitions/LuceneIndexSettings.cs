using System.Text.Json.Nodes;
using StemStl.Cms.Settings;

namespace StemStl.Search.Lucene.Definitions;

/// <summary>The index definitions, kept in the site settings section <see cref="Section"/> so every node reads the same ones.</summary>
internal sealed class LuceneIndexSettings(ISiteSettings settings, LuceneIndexCatalog catalog)
{
    public const string Section = "LuceneIndexes";

    public async Task<IReadOnlyList<LuceneIndexState>> ListAsync(CancellationToken cancellationToken)
    {
        var section = await settings.GetSectionAsync(Section, cancellationToken);
        var states = new List<LuceneIndexState>();
        foreach (var (name, node) in section ?? [])
        {
            // A definition that no longer reads (edited by hand) is skipped rather than stopping every other index.
            if (node is JsonObject json && LuceneIndexJson.Read(name, json, name, (_, _) => { }) is { } definition)
            {
                var (rebuild, reset) = LuceneIndexJson.Generations(json);
                states.Add(new LuceneIndexState(definition, rebuild, reset));
            }
        }

        catalog.Update(states.Select(s => s.Definition.Name));
        return states;
    }

    public async Task<LuceneIndexState?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(s => s.Definition.Name == name);

    /// <summary>Saves a definition, keeping its generations; a changed definition rebuilds by itself (its hash changes).</summary>
    public async Task SaveAsync(LuceneIndexDefinition definition, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(definition.Name, cancellationToken);
        var state = new LuceneIndexState(definition, existing?.RebuildGeneration ?? 0, existing?.ResetGeneration ?? 0);
        await settings.SetSectionAsync(Section, new JsonObject { [definition.Name] = LuceneIndexJson.Write(state) }, merge: true, cancellationToken);
        catalog.Add(definition.Name);
    }

    /// <summary>Asks every node to rebuild (from the content) or reset (replay the change log from its start) the index.</summary>
    public async Task RequestAsync(LuceneIndexState state, bool rebuild, CancellationToken cancellationToken)
    {
        var next = rebuild ? state with { RebuildGeneration = state.RebuildGeneration + 1 } : state with { ResetGeneration = state.ResetGeneration + 1 };
        await settings.SetSectionAsync(Section, new JsonObject { [state.Definition.Name] = LuceneIndexJson.Write(next) }, merge: true, cancellationToken);
    }
}
