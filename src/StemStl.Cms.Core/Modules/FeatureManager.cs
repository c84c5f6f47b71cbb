using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;

namespace StemStl.Cms.Modules;

/// <summary>
/// Switches features on and off in the store. Within the scope that made a change the new state is visible at once
/// (so a recipe's later steps see features its earlier steps enabled); other scopes see it once it commits.
/// </summary>
internal sealed class FeatureManager(
    ModuleCatalog catalog,
    FeatureStateCache cache,
    StoreCacheInvalidation invalidation,
    CmsDbContext db,
    IAuditTrail audit,
    TimeProvider clock) : IFeatureManager
{
    private FrozenSet<string>? _scopeState;

    public IReadOnlyList<FeatureInfo> AvailableFeatures => catalog.Features;

    public IReadOnlySet<string> EnabledFeatureIds => _scopeState ?? cache.Get(db);

    public bool IsEnabled(string featureId) => EnabledFeatureIds.Contains(featureId);

    public async Task<FeatureChangeResult> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var requested = featureIds.ToList();
        var errors = Unknown(requested);
        if (errors.Count > 0)
        {
            return new FeatureChangeResult([], errors);
        }

        var enabled = EnabledFeatureIds;
        var toEnable = requested
            .SelectMany(catalog.WithDependencies)
            .Distinct(StringComparer.Ordinal)
            .Where(id => !enabled.Contains(id))
            .ToList();
        await WriteAsync(toEnable, true, cancellationToken);
        return new FeatureChangeResult(toEnable, []);
    }

    public async Task<FeatureChangeResult> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var requested = featureIds.Distinct(StringComparer.Ordinal).ToList();
        var errors = Unknown(requested);
        var enabled = EnabledFeatureIds;
        var remaining = enabled.Except(requested).ToHashSet(StringComparer.Ordinal);
        foreach (var id in requested)
        {
            if (catalog.DisableRefusal(id, remaining) is { } refusal)
            {
                errors.Add(refusal);
            }
        }

        if (errors.Count > 0)
        {
            return new FeatureChangeResult([], errors);
        }

        var toDisable = requested.Where(enabled.Contains).ToList();
        await WriteAsync(toDisable, false, cancellationToken);
        return new FeatureChangeResult(toDisable, []);
    }

    private List<string> Unknown(IEnumerable<string> ids) =>
        ids.Where(id => catalog.Find(id) is null)
            .Select(id => NameHint(id))
            .ToList();

    private string NameHint(string id)
    {
        var hint = Definitions.NameSuggestion.Closest(id, catalog.Features.Select(f => f.Id));
        return hint is null ? $"Unknown feature '{id}'." : $"Unknown feature '{id}'; did you mean '{hint}'?";
    }

    private async Task WriteAsync(List<string> ids, bool enabled, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Features.Where(f => ids.Contains(f.FeatureId)).ToDictionaryAsync(f => f.FeatureId, cancellationToken);
        foreach (var id in ids)
        {
            if (!rows.TryGetValue(id, out var row))
            {
                row = new FeatureStateRecord { FeatureId = id };
                db.Features.Add(row);
            }

            row.Enabled = enabled;
            row.ChangedUtc = now;
            audit.Record(new AuditEvent("Features", enabled ? "Enabled" : "Disabled", Details: new() { ["feature"] = id }));
        }

        var state = EnabledFeatureIds.ToHashSet(StringComparer.Ordinal);
        if (enabled)
        {
            state.UnionWith(ids);
        }
        else
        {
            state.ExceptWith(ids);
        }

        await db.SaveChangesAsync(cancellationToken);
        _scopeState = state.ToFrozenSet(StringComparer.Ordinal);
        invalidation.Touch(db, cache);
    }
}
