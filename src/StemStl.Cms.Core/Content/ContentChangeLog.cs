using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Content;

/// <summary>
/// Appends change rows to the scope's context, so they commit or roll back with the change they describe, and reads
/// them back for followers.
/// </summary>
internal sealed class ContentChangeLog(CmsDbContext db, TimeProvider clock) : IContentChangeLog
{
    /// <summary>The largest slice one read returns, whatever the caller asks.</summary>
    public const int MaxBatch = 5000;

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
        return new ContentChangeBatch(
            [.. rows.Select(r => new ContentChange(r.Id, r.ContentItemId, r.ContentItemVersionId, r.ContentType, Enum.Parse<ContentChangeKind>(r.Kind), r.Utc))],
            head);
    }

    public async Task<long> GetHeadIdAsync(CancellationToken cancellationToken = default) =>
        await db.ContentChanges.AsNoTracking().MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
}
