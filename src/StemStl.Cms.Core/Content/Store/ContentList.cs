using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content.Scheduling;
using StemStl.Cms.Data;

namespace StemStl.Cms.Content.Store;

/// <summary>Lists latest versions from the item index in SQL, with the total, for the editors' screens.</summary>
internal sealed class ContentList(CmsDbContext db) : IContentList
{
    public async Task<ContentListPage> QueryAsync(ContentListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > ContentListQuery.MaxTake)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Take, $"Take must be between 1 and {ContentListQuery.MaxTake}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(query.Skip);

        var rows = Filter(db.ContentItems.AsNoTracking().Where(r => r.Latest), query);
        var total = await rows.CountAsync(cancellationToken);
        var page = await Order(rows, query.Sort)
            .Skip(query.Skip)
            .Take(query.Take)
            .Select(r => new ContentListEntry(
                r.ContentItemId,
                r.ContentItemVersionId,
                r.ContentType,
                r.DisplayText,
                r.Published,
                r.Published || db.ContentItems.Any(p => p.ContentItemId == r.ContentItemId && p.Published),
                r.Owner,
                r.Author,
                r.CreatedUtc,
                r.ModifiedUtc,
                r.PublishedUtc))
            .ToListAsync(cancellationToken);
        return new ContentListPage(total, page);
    }

    private IQueryable<ContentItemRecord> Filter(IQueryable<ContentItemRecord> rows, ContentListQuery query)
    {
        if (query.ContentTypes.Count > 0)
        {
            var types = query.ContentTypes.ToArray();
            rows = rows.Where(r => types.Contains(r.ContentType));
        }

        // Each word must appear; Contains becomes instr/strpos, so % and _ in the words are plain characters.
        foreach (var word in (query.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lowered = word.ToLowerInvariant();
#pragma warning disable CA1862 // The StringComparison overload does not translate to SQL; lower() on both sides does.
            rows = rows.Where(r => r.DisplayText.ToLower().Contains(lowered));
#pragma warning restore CA1862
        }

        if (!string.IsNullOrEmpty(query.Owner))
        {
            rows = rows.Where(r => r.Owner == query.Owner);
        }

        if (query.ModifiedSinceUtc is { } since)
        {
            rows = rows.Where(r => r.ModifiedUtc >= since);
        }

        return query.Status switch
        {
            ContentListStatus.Published => rows.Where(r => r.Published),
            ContentListStatus.Draft => rows.Where(r => !r.Published),
            ContentListStatus.DraftOfPublished => rows.Where(r => !r.Published && db.ContentItems.Any(p => p.ContentItemId == r.ContentItemId && p.Published)),
            ContentListStatus.Scheduled => rows.Where(r => db.ContentFieldIndex.Any(f =>
                f.ContentItemRecordId == r.Id && f.Date != null
                && (f.Path == ScheduledPublishingService.PublishPath || f.Path == ScheduledPublishingService.UnpublishPath))),
            _ => rows,
        };
    }

    // The item id breaks ties so paging is stable when many items share a timestamp or a title.
    private static IQueryable<ContentItemRecord> Order(IQueryable<ContentItemRecord> rows, ContentListSort sort) => sort switch
    {
        ContentListSort.ModifiedAscending => rows.OrderBy(r => r.ModifiedUtc).ThenBy(r => r.ContentItemId),
        ContentListSort.DisplayTextAscending => rows.OrderBy(r => r.DisplayText).ThenBy(r => r.ContentItemId),
        ContentListSort.DisplayTextDescending => rows.OrderByDescending(r => r.DisplayText).ThenBy(r => r.ContentItemId),
        ContentListSort.CreatedDescending => rows.OrderByDescending(r => r.CreatedUtc).ThenBy(r => r.ContentItemId),
        _ => rows.OrderByDescending(r => r.ModifiedUtc).ThenBy(r => r.ContentItemId),
    };
}
