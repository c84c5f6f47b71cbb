using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Store;

/// <summary>
/// Keeps an item's field index rows and unique values in step with its versions: rows exist only for the latest and
/// the published version, carry their flags, and the unique values are the union of those two versions'.
/// </summary>
internal sealed class ContentIndexWriter(CmsDbContext db, ContentSavePipeline pipeline)
{
    private readonly Dictionary<(string Scope, string Value), string> _paths = [];

    /// <summary>The item path that produced a unique value this scope wrote, to report a clash found only by the database.</summary>
    public string? PathOf(string scope, string value) => _paths.GetValueOrDefault((scope, value));

    /// <summary>Rewrites the index of one item from its stored versions; returns unique-value clashes (nothing is saved then).</summary>
    public async Task<IReadOnlyList<ContentValidationError>> SyncAsync(string contentItemId, ContentDefinitionSnapshot definitions, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItems
            .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ToListAsync(cancellationToken);
        var rows = await db.ContentFieldIndex.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        var wanted = new List<UniqueValue>();
        var live = versions.Select(v => v.Id).ToHashSet();
        db.ContentFieldIndex.RemoveRange(rows.Where(r => !live.Contains(r.ContentItemRecordId)));

        foreach (var version in versions)
        {
            var type = definitions.FindType(version.ContentType);
            var (index, unique) = type is null ? ([], []) : pipeline.Describe(ContentRecords.ToItem(version), type, definitions);
            wanted.AddRange(unique);
            SyncRows(version, index, [.. rows.Where(r => r.ContentItemRecordId == version.Id)]);
        }

        return await SyncUniqueValuesAsync(contentItemId, wanted, cancellationToken);
    }

    private void SyncRows(ContentItemRecord version, List<FieldIndexValue> values, List<ContentFieldIndexRecord> existing)
    {
        // Diff rather than replace, so saving a draft does not rewrite the published version's rows.
        var unmatched = new List<ContentFieldIndexRecord>(existing);
        foreach (var value in values)
        {
            var match = unmatched.FindIndex(r => Same(r, value));
            if (match >= 0)
            {
                var row = unmatched[match];
                unmatched.RemoveAt(match);
                row.Latest = version.Latest;
                row.Published = version.Published;
                row.ContentType = version.ContentType;
                continue;
            }

            db.ContentFieldIndex.Add(new ContentFieldIndexRecord
            {
                ContentItemRecordId = version.Id,
                ContentItemId = version.ContentItemId,
                ContentType = version.ContentType,
                Path = value.Path,
                Kind = value.Kind,
                Text = value.Text,
                Number = value.Number,
                Date = value.Date,
                Boolean = value.Boolean,
                Latest = version.Latest,
                Published = version.Published,
            });
        }

        db.ContentFieldIndex.RemoveRange(unmatched);
    }

    private static bool Same(ContentFieldIndexRecord row, FieldIndexValue value) =>
        row.Path == value.Path && row.Kind == value.Kind && row.Text == value.Text && row.Number == value.Number
        && row.Date == value.Date && row.Boolean == value.Boolean;

    private async Task<IReadOnlyList<ContentValidationError>> SyncUniqueValuesAsync(string contentItemId, List<UniqueValue> wanted, CancellationToken cancellationToken)
    {
        var distinct = wanted.DistinctBy(u => (u.Scope, u.Value)).ToList();
        var values = distinct.Select(u => u.Value).Distinct(StringComparer.Ordinal).ToList();
        var held = values.Count == 0
            ? []
            : await db.ContentUniqueValues.AsNoTracking()
                .Where(u => values.Contains(u.Value) && u.ContentItemId != contentItemId)
                .ToListAsync(cancellationToken);
        var errors = distinct
            .Select(u => (Wanted: u, Holder: held.FirstOrDefault(h => h.Scope == u.Scope && h.Value == u.Value)))
            .Where(x => x.Holder is not null)
            .Select(x => Clash(x.Wanted, x.Holder!.ContentItemId))
            .ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var mine = await db.ContentUniqueValues.Where(u => u.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        db.ContentUniqueValues.RemoveRange(mine.Where(m => !distinct.Any(u => u.Scope == m.Scope && u.Value == m.Value)));
        foreach (var value in distinct.Where(u => !mine.Any(m => m.Scope == u.Scope && m.Value == u.Value)))
        {
            _paths[(value.Scope, value.Value)] = value.Path;
            db.ContentUniqueValues.Add(new ContentUniqueValueRecord { Scope = value.Scope, Value = value.Value, ContentItemId = contentItemId });
        }

        return [];
    }

    public static ContentValidationError Clash(UniqueValue value, string? holder) =>
        new(value.Path, holder is null
            ? $"'{value.Value}' is already taken by another content item; choose another value."
            : $"'{value.Value}' is already taken by content item '{holder}'; choose another value.", "unique");
}
