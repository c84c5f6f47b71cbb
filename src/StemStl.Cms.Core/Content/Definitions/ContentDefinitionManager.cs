using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Audit;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Definitions;

/// <summary>
/// Stores type and part definitions as JSON rows. Reads come from the process-wide snapshot; the scope that changed the
/// definitions sees its change at once (a recipe's later steps use it), other scopes once it commits.
/// </summary>
internal sealed class ContentDefinitionManager(
    CmsDbContext db,
    ContentDefinitionCache cache,
    StoreCacheInvalidation invalidation,
    IServiceProvider services,
    TimeProvider clock) : IContentDefinitionManager
{
    // Every permission check reads the snapshot through this manager, on every request; only a change needs the kinds,
    // the index writer and the audit trail, and building those (every module's part and field kinds) for each request
    // that merely reads was a visible share of an uncached GraphQL read. They are resolved when a change is applied.
    private ContentKinds Kinds => services.GetRequiredService<ContentKinds>();

    private ContentIndexWriter Index => services.GetRequiredService<ContentIndexWriter>();

    private IAuditTrail Audit => services.GetRequiredService<IAuditTrail>();

    private ContentDefinitionSnapshot? _scopeSnapshot;

    public async Task<ContentDefinitionSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default) =>
        _scopeSnapshot ?? await cache.GetAsync(db, cancellationToken);

    public async Task<DefinitionChangeResult> ApplyAsync(ContentDefinitionChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = await GetSnapshotAsync(cancellationToken);
        var kinds = Kinds;
        var fieldKinds = kinds.Fields;
        var errors = ContentDefinitionValidator.Validate(change, current.Types, current.Parts, kinds.Parts, fieldKinds);
        if (errors.Count > 0)
        {
            return new DefinitionChangeResult(errors, null);
        }

        var (types, parts) = ContentDefinitionValidator.Apply(change, current.Types, current.Parts);
        var next = new ContentDefinitionSnapshot(types, parts, DefinitionSerializer.Hash(types, parts));
        if (next.Hash == current.Hash)
        {
            return new DefinitionChangeResult([], next.Hash);
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var orphans = new OrphanedData(db, fieldKinds);
            var found = await orphans.FindAsync(OrphanedData.Removals(change, current, next), change.Orphans == OrphanedDataPolicy.Delete, cancellationToken);
            if (found.Count > 0 && change.Orphans == OrphanedDataPolicy.Refuse)
            {
                return new DefinitionChangeResult([.. found.Select(f => Refusal(f.Orphan, f.Items.Count))], null);
            }

            if (change.Orphans == OrphanedDataPolicy.Delete)
            {
                await orphans.DeleteAsync(found.Select(f => f.Orphan), cancellationToken);
            }

            await WriteAsync(change, cancellationToken);
            Audit.Record(new AuditEvent("Definitions", "Updated", Details: Describe(change, next.Hash)));
            await db.SaveChangesAsync(cancellationToken);

            // The index follows the new definitions: rows of removed parts and fields go, whatever happened to the data.
            foreach (var id in found.SelectMany(f => f.Items).Distinct(StringComparer.Ordinal))
            {
                var clashes = await Index.SyncAsync(id, next, cancellationToken);
                if (clashes.Count > 0)
                {
                    throw new InvalidOperationException($"Re-indexing content item '{id}' after a definition change found a unique value clash: {clashes[0].Message}");
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            _scopeSnapshot = next;
            invalidation.Touch(db, cache);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }

        return new DefinitionChangeResult([], next.Hash);
    }

    private async Task WriteAsync(ContentDefinitionChange change, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.ContentDefinitions.ToListAsync(cancellationToken);
        void Upsert(string kind, string name, string document)
        {
            var row = rows.FirstOrDefault(r => r.Kind == kind && r.Name == name);
            if (row is null)
            {
                row = new ContentDefinitionRecord { Kind = kind, Name = name };
                db.ContentDefinitions.Add(row);
            }

            row.Document = document;
            row.ModifiedUtc = now;
        }

        foreach (var part in change.Parts)
        {
            Upsert(ContentDefinitionCache.PartKind, part.Name, DefinitionSerializer.Serialize(part));
        }

        foreach (var type in change.Types)
        {
            Upsert(ContentDefinitionCache.TypeKind, type.Name, DefinitionSerializer.Serialize(type));
        }

        db.ContentDefinitions.RemoveRange(rows.Where(r =>
            (r.Kind == ContentDefinitionCache.TypeKind && change.DeletedTypes.Contains(r.Name))
            || (r.Kind == ContentDefinitionCache.PartKind && change.DeletedParts.Contains(r.Name))));
    }

    private static DefinitionError Refusal(Orphan orphan, int items) =>
        new(orphan.Path,
            $"{orphan.What} would orphan the data of {items} content item{(items == 1 ? "" : "s")} (in some version). " +
            "Pass Orphans = Keep to leave the data in the stored documents, or Orphans = Delete to remove it from every version.");

    private static JsonObject Describe(ContentDefinitionChange change, string hash) => new()
    {
        ["types"] = new JsonArray([.. change.Types.Select(t => JsonValue.Create(t.Name))]),
        ["parts"] = new JsonArray([.. change.Parts.Select(p => JsonValue.Create(p.Name))]),
        ["deletedTypes"] = new JsonArray([.. change.DeletedTypes.Select(n => JsonValue.Create(n))]),
        ["deletedParts"] = new JsonArray([.. change.DeletedParts.Select(n => JsonValue.Create(n))]),
        ["orphans"] = change.Orphans.ToString(),
        ["hash"] = hash,
    };
}
