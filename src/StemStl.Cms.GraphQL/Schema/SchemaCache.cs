using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// The schema for the current definitions and features, built once per change: the key is the definitions' hash plus
/// the enabled features, so changing a type or switching a feature yields a new schema on the next request.
/// </summary>
internal sealed class SchemaCache
{
    private volatile Entry? _current;

    /// <summary>The schema for <paramref name="state"/>; the part kinds and contributors are resolved only to build one.</summary>
    public global::GraphQL.Types.Schema Get(SiteState state, IServiceProvider services)
    {
        if (_current is { } cached && cached.Key == state.Key)
        {
            return cached.Schema;
        }

        var partKinds = services.GetRequiredService<IEnabled<ContentPartKind>>().Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var schema = new ContentSchemaBuilder(state.Definitions, partKinds, services.GetRequiredService<IEnabled<IGraphQLSchemaContributor>>()).Build();
        schema.Initialize();
        _current = new Entry(state.Key, schema);
        return schema;
    }

    private sealed record Entry(string Key, global::GraphQL.Types.Schema Schema);
}
