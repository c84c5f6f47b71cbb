using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StemStl.Cms.Data;

/// <summary>A process-wide cache of stored state (features, definitions) that must drop its copy when that state changes.</summary>
internal interface IStoreCache
{
    void Invalidate();
}

/// <summary>
/// Drops caches once the change that touched them is committed or rolled back. Until then the writing scope
/// sees its own uncommitted state and every other scope the committed one, so a cache never holds data that
/// a rollback would take back.
/// </summary>
internal sealed class StoreCacheInvalidation : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly Dictionary<DbContext, HashSet<IStoreCache>> _pending = [];
    private readonly Lock _lock = new();

    /// <summary>Invalidates <paramref name="cache"/> now and again when the context's current transaction ends.</summary>
    public void Touch(DbContext context, IStoreCache cache)
    {
        cache.Invalidate();
        lock (_lock)
        {
            if (!_pending.TryGetValue(context, out var caches))
            {
                _pending[context] = caches = [];
            }

            caches.Add(cache);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Flush(eventData.Context);
        }

        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    private void Flush(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        HashSet<IStoreCache>? caches;
        lock (_lock)
        {
            if (!_pending.Remove(context, out caches))
            {
                return;
            }
        }

        foreach (var cache in caches)
        {
            cache.Invalidate();
        }
    }
}
