using StemStl.Cms.Data;

namespace StemStl.Cms.Content.Store;

/// <summary>One transaction around several content operations; nested inside a caller's, it defers to it.</summary>
internal sealed class ContentBatch(CmsDbContext db) : IContentBatch
{
    public async Task<bool> RunAsync(Func<CancellationToken, Task<bool>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            // The caller's transaction decides; content operations inside take savepoints of it.
            return await work(cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var commit = false;
        try
        {
            commit = await work(cancellationToken);
            if (commit)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return commit;
        }
        finally
        {
            if (!commit)
            {
                db.ChangeTracker.Clear();
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
    }
}
