using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Definitions;

/// <summary>The committed content definitions, shared by every scope until a definition change commits.</summary>
internal sealed class ContentDefinitionCache : IStoreCache
{
    public const string TypeKind = "Type";
    public const string PartKind = "Part";

    private volatile ContentDefinitionSnapshot? _snapshot;
    private long _generation;

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    /// <summary>The committed definitions when the cache holds them, or null after a change until the next read.</summary>
    public ContentDefinitionSnapshot? Current => _snapshot;

    public async Task<ContentDefinitionSnapshot> GetAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null)
        {
            return snapshot;
        }

        // A load that overlaps an invalidation may have read the state from before the change: hand it to this caller
        // only, and keep it only when no invalidation happened meanwhile.
        var generation = Interlocked.Read(ref _generation);
        snapshot = await LoadAsync(db, cancellationToken);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _snapshot = snapshot;
        }

        return snapshot;
    }

    private static async Task<ContentDefinitionSnapshot> LoadAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ContentDefinitions.AsNoTracking().ToListAsync(cancellationToken);
        var types = rows.Where(r => r.Kind == TypeKind)
            .Select(r => DefinitionSerializer.DeserializeType(r.Document))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var parts = rows.Where(r => r.Kind == PartKind)
            .Select(r => DefinitionSerializer.DeserializePart(r.Document))
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        return new ContentDefinitionSnapshot(types, parts, DefinitionSerializer.Hash(types, parts));
    }
}
