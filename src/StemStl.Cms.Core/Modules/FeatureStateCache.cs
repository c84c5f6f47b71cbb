using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Modules;

/// <summary>The committed set of enabled features, shared by every request until a feature change commits.</summary>
internal sealed class FeatureStateCache(ModuleCatalog catalog) : IStoreCache
{
    private volatile FrozenSet<string>? _enabled;
    private readonly FrozenSet<string> _alwaysEnabled =
        catalog.Features.Where(f => f.Feature.AlwaysEnabled).Select(f => f.Id).ToFrozenSet(StringComparer.Ordinal);

    public void Invalidate() => _enabled = null;

    /// <summary>The enabled features when the cache holds them, or null after a change until the next read.</summary>
    public FrozenSet<string>? Current => _enabled;

    /// <summary>The enabled features; reads the store only after a change.</summary>
    public FrozenSet<string> Get(CmsDbContext db) => _enabled ??= Load(db);

    internal FrozenSet<string> Load(CmsDbContext db)
    {
        var stored = db.Features.AsNoTracking().Where(f => f.Enabled).Select(f => f.FeatureId).ToList();
        return stored
            .Where(id => catalog.Find(id) is not null)
            .Concat(_alwaysEnabled)
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
