using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// The schema for the current definitions and features, built once per change: the key is the definitions' hash plus
/// the enabled features, so changing a type or switching a feature yields a new schema on the next request.
/// </summary>
internal sealed class SchemaCache
{
    private readonly Lock _gate = new();
    private (string Key, global::GraphQL.Types.Schema Schema)? _current;

    public async Task<global::GraphQL.Types.Schema> GetAsync(IContentDefinitionManager definitions, IFeatureManager features, IEnabled<ContentPartKind> partKinds, IEnabled<IGraphQLSchemaContributor> contributors, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var key = snapshot.Hash + "|" + string.Join(",", features.EnabledFeatureIds.Order(StringComparer.Ordinal));
        lock (_gate)
        {
            if (_current is { } cached && cached.Key == key)
            {
                return cached.Schema;
            }
        }

        var schema = new ContentSchemaBuilder(snapshot, partKinds.Select(k => k.Name).ToHashSet(StringComparer.Ordinal), contributors).Build();
        schema.Initialize();
        lock (_gate)
        {
            _current = (key, schema);
        }

        return schema;
    }
}
