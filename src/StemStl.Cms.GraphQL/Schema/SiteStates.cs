using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content.Definitions;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>The definitions and enabled features a GraphQL request runs against, with one key naming the pair.</summary>
/// <param name="Key">The definitions' hash and the sorted feature ids: the schema and every cached response depend on it.</param>
internal sealed record SiteState(ContentDefinitionSnapshot Definitions, IReadOnlySet<string> Features, string Key);

/// <summary>
/// Reads the <see cref="SiteState"/> from the process-wide caches. A request only reads these, so while both caches
/// hold their state nothing per request is built: resolving the definition or feature manager would make a DbContext
/// for every request, a third of the time a response-cache hit took. After a change the managers load the state again.
/// </summary>
internal sealed class SiteStates(ContentDefinitionCache definitions, FeatureStateCache features)
{
    private volatile SiteState? _last;

    public ValueTask<SiteState> ReadAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        definitions.Current is { } snapshot && features.Current is { } enabled
            ? ValueTask.FromResult(StateOf(snapshot, enabled))
            : LoadAsync(services, cancellationToken);

    private async ValueTask<SiteState> LoadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var snapshot = await services.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(cancellationToken);
        return StateOf(snapshot, services.GetRequiredService<IFeatureManager>().EnabledFeatureIds);
    }

    private SiteState StateOf(ContentDefinitionSnapshot snapshot, IReadOnlySet<string> enabled)
    {
        // The caches hand out the same instances until a change, so the key is joined once per change, not per request.
        if (_last is { } last && ReferenceEquals(last.Definitions, snapshot) && ReferenceEquals(last.Features, enabled))
        {
            return last;
        }

        var state = new SiteState(snapshot, enabled, snapshot.Hash + "|" + string.Join(",", enabled.Order(StringComparer.Ordinal)));
        _last = state;
        return state;
    }
}
