using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Content;

/// <summary>
/// Appends change rows to the scope's context, so they commit or roll back with the change they describe, and reads
/// them back for followers.
/// </summary>
/// <remarks>
/// On PostgreSQL an id is handed out when the row is written, not when its transaction commits, so a reader can see
/// change 8 while change 7 is still committing. A read therefore stops before a gap in the ids until the change after
/// the gap is <see cref="GapGrace"/> old; by then the missing id belongs to a transaction that rolled back. SQLite has
/// one writer at a time and reuses the ids of rolled-back rows, so it has no such gaps.
/// </remarks>
internal sealed class ContentChangeLog(CmsDbContext db, TimeProvider clock) : IContentChangeLog, IContentChangeLogPruner
{
    /// <summary>The largest slice one read returns, whatever the caller asks.</summary>
    public const int MaxBatch = 5000;

    /// <summary>How long a gap in the ids may be a transaction still committing.</summary>
    public static readonly TimeSpan GapGrace = TimeSpan.FromSeconds(10);

    public void Append(ContentChangeKind kind, string contentItemId, string contentItemVersionId, string contentType) =>
        db.ContentChanges.Add(new ContentChangeRecord
        {
            ContentItemId = contentItemId,
            ContentItemVersionId = contentItemVersionId,
            ContentType = contentType,
            Kind = kind.ToString(),
            Utc = clock.GetUtcNow().UtcDateTime,
        });

    public async Task<ContentChangeBatch> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var head = await GetHeadIdAsync(cancellationToken);
        var rows = await db.ContentChanges.AsNoTracking()
            .Where(c => c.Id > afterId && c.Id <= head)
            .OrderBy(c => c.Id)
            .Take(Math.Min(max, MaxBatch))
            .ToListAsync(cancellationToken);
        var settled = db.Database.IsSqlite() ? rows.Count : Settled(rows, afterId, clock.GetUtcNow().UtcDateTime - GapGrace);
        return new ContentChangeBatch(
            [.. rows.Take(settled).Select(r => new ContentChange(r.Id, r.ContentItemId, r.ContentItemVersionId, r.ContentType, Enum.Parse<ContentChangeKind>(r.Kind), r.Utc))],
            head);
    }

    /// <summary>How many of <paramref name="rows"/> come before the first gap that may still fill.</summary>
    internal static int Settled(IReadOnlyList<ContentChangeRecord> rows, long afterId, DateTime settledBeforeUtc)
    {
        var expected = afterId + 1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Id != expected && rows[i].Utc > settledBeforeUtc)
            {
                return i;
            }

            expected = rows[i].Id + 1;
        }

        return rows.Count;
    }

    public async Task<long> GetHeadIdAsync(CancellationToken cancellationToken = default) =>
        await db.ContentChanges.AsNoTracking().MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    public async Task<int> PruneAsync(long throughId, DateTime olderThanUtc, CancellationToken cancellationToken = default)
    {
        // The first change young enough to keep bounds the prefix, so a row written under a slower clock never leaves a hole.
        var head = await GetHeadIdAsync(cancellationToken);
        var firstKept = await db.ContentChanges.AsNoTracking().Where(c => c.Utc >= olderThanUtc).MinAsync(c => (long?)c.Id, cancellationToken) ?? head;
        var last = Math.Min(throughId, Math.Min(head, firstKept) - 1);
        return last <= 0 ? 0 : await db.ContentChanges.Where(c => c.Id <= last).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<long> GetPrunedThroughAsync(CancellationToken cancellationToken = default) =>
        (await db.ContentChanges.AsNoTracking().MinAsync(c => (long?)c.Id, cancellationToken) ?? 1) - 1;
}
