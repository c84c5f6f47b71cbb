using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using StemStl.Cms.Data;

namespace StemStl.Cms.Content.Store;

/// <summary>
/// One content operation's transaction: its own when the scope has none, else a savepoint inside the ambient one
/// (a recipe's), so a failed operation takes back exactly what it wrote and nothing the caller wrote before it.
/// </summary>
internal sealed class ContentTransaction : IAsyncDisposable
{
    private readonly CmsDbContext _db;
    private readonly IDbContextTransaction? _own;
    private readonly string? _savepoint;
    private readonly HashSet<object>? _outerEntities;
    private bool _done;

    private ContentTransaction(CmsDbContext db, IDbContextTransaction? own, string? savepoint, HashSet<object>? outerEntities)
    {
        _db = db;
        _own = own;
        _savepoint = savepoint;
        _outerEntities = outerEntities;
    }

    /// <param name="refresh">Forget tracked content rows first; false for an operation nested in another (a handler's), whose rows the outer one still holds.</param>
    public static async Task<ContentTransaction> BeginAsync(CmsDbContext db, bool refresh, CancellationToken cancellationToken)
    {
        var ambient = db.Database.CurrentTransaction;
        if (ambient is not null && db.ChangeTracker.HasChanges())
        {
            // The caller's pending changes are theirs: save them before the savepoint so a rollback here cannot take them.
            await db.SaveChangesAsync(cancellationToken);
        }

        // Rows tracked by an earlier operation of this scope may be stale (another scope wrote since); read them afresh.
        var stale = refresh
            ? db.ChangeTracker.Entries()
                .Where(e => e.State == EntityState.Unchanged && e.Entity is ContentItemRecord or ContentFieldIndexRecord or ContentUniqueValueRecord)
                .ToList()
            : [];
        foreach (var entry in stale)
        {
            entry.State = EntityState.Detached;
        }

        if (ambient is null)
        {
            return new ContentTransaction(db, await db.Database.BeginTransactionAsync(cancellationToken), null, null);
        }

        var savepoint = "content_" + Guid.NewGuid().ToString("N");
        await ambient.CreateSavepointAsync(savepoint, cancellationToken);
        var outer = refresh ? null : db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        return new ContentTransaction(db, null, savepoint, outer);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _done = true;
        if (_own is not null)
        {
            await _own.CommitAsync(cancellationToken);
        }
        else
        {
            await _db.Database.CurrentTransaction!.ReleaseSavepointAsync(_savepoint!, cancellationToken);
        }
    }

    public async Task RollbackAsync()
    {
        _done = true;
        if (_outerEntities is null)
        {
            _db.ChangeTracker.Clear();
        }
        else
        {
            // A nested operation failed: forget only what it tracked, the outer operation still holds its own rows.
            foreach (var entry in _db.ChangeTracker.Entries().Where(e => !_outerEntities.Contains(e.Entity)).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }

        if (_own is not null)
        {
            await _own.RollbackAsync(CancellationToken.None);
        }
        else if (_db.Database.CurrentTransaction is { } ambient)
        {
            await ambient.RollbackToSavepointAsync(_savepoint!, CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            await RollbackAsync();
        }

        if (_own is not null)
        {
            await _own.DisposeAsync();
        }
    }
}
