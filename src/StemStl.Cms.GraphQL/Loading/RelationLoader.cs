using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.GraphQL.Querying;

namespace StemStl.Cms.GraphQL.Loading;

/// <summary>
/// Loads the items relations point at (pickers, taxonomy terms) and the items that point back (a list's contents, a
/// workgroup's pages) for one request. Keys are queued while a level of the query resolves and fetched together, so a
/// list of any length costs one query per relation kind and version, and only items the caller may see come back.
/// Register scoped.
/// </summary>
internal sealed class RelationLoader(CmsDbContext db, ContentVisibility visibility) : IDisposable
{
    /// <summary>The index path a <c>ContainedPart</c> writes its list's id to.</summary>
    public const string ContainerPath = "ContainedPart.ListContentItemId";

    // The execution strategy may complete deferred results concurrently, and a DbContext takes one command at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();
    private readonly HashSet<(VersionOptions, string)> _pendingItems = [];
    private readonly Dictionary<(VersionOptions, string), ContentItem?> _items = [];
    private readonly HashSet<ReverseKey> _pendingReverse = [];
    private readonly Dictionary<ReverseKey, List<ContentItem>> _reverse = [];

    /// <summary>The items with <paramref name="ids"/> in the version <paramref name="options"/> names, in the given order, leaving out missing and hidden ones.</summary>
    public DeferredResult<IReadOnlyList<ContentItem>> Items(ClaimsPrincipal user, IReadOnlyList<string> ids, VersionOptions options)
    {
        lock (_sync)
        {
            foreach (var id in ids.Where(id => !_items.ContainsKey((options, id))))
            {
                _pendingItems.Add((options, id));
            }
        }

        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            await FlushAsync(cancellationToken);
            List<ContentItem> found;
            lock (_sync)
            {
                found = [.. ids.Select(id => _items.GetValueOrDefault((options, id))).OfType<ContentItem>()];
            }

            return await visibility.VisibleAsync(user, found, options, cancellationToken);
        });
    }

    /// <summary>
    /// The items (of <paramref name="contentType"/>, or of any type when null) whose index rows at
    /// <paramref name="path"/> hold <paramref name="value"/>, oldest first, leaving out hidden ones.
    /// </summary>
    public DeferredResult<IReadOnlyList<ContentItem>> Referencing(ClaimsPrincipal user, string? contentType, string path, string value, VersionOptions options)
    {
        var key = new ReverseKey(options, path, contentType, value);
        lock (_sync)
        {
            if (!_reverse.ContainsKey(key))
            {
                _pendingReverse.Add(key);
            }
        }

        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            await FlushAsync(cancellationToken);
            List<ContentItem> found;
            lock (_sync)
            {
                found = [.. _reverse.GetValueOrDefault(key) ?? []];
            }

            return await visibility.VisibleAsync(user, found, options, cancellationToken);
        });
    }

    public void Dispose() => _gate.Dispose();

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            (VersionOptions Options, string Id)[] items;
            ReverseKey[] reverse;
            lock (_sync)
            {
                items = [.. _pendingItems];
                reverse = [.. _pendingReverse];
                _pendingItems.Clear();
                _pendingReverse.Clear();
            }

            foreach (var group in items.GroupBy(k => k.Options))
            {
                var ids = group.Select(k => k.Id).ToList();
                var loaded = (await ContentRecords.GetManyAsync(db, ids, group.Key, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
                lock (_sync)
                {
                    foreach (var id in ids)
                    {
                        _items[(group.Key, id)] = loaded.GetValueOrDefault(id);
                    }
                }
            }

            foreach (var group in reverse.GroupBy(k => (k.Options, k.Path, k.ContentType)))
            {
                await LoadReverseAsync(group.Key.Options, group.Key.Path, group.Key.ContentType, [.. group.Select(k => k.Value)], cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoadReverseAsync(VersionOptions options, string path, string? contentType, List<string> values, CancellationToken cancellationToken)
    {
        var records = db.ContentItems.AsNoTracking().Matching(options);
        if (contentType is not null)
        {
            records = records.Where(r => r.ContentType == contentType);
        }

        var rows = await (
            from f in db.ContentFieldIndex.AsNoTracking()
            where f.Path == path && values.Contains(f.Text!)
            join r in records on f.ContentItemRecordId equals r.Id
            orderby r.CreatedUtc, r.Id
            select new { Value = f.Text!, Record = r }).ToListAsync(cancellationToken);
        lock (_sync)
        {
            foreach (var value in values)
            {
                _reverse[new ReverseKey(options, path, contentType, value)] = [];
            }

            foreach (var row in rows)
            {
                _reverse[new ReverseKey(options, path, contentType, row.Value)].Add(ContentRecords.ToItem(row.Record));
            }
        }
    }

    private sealed record ReverseKey(VersionOptions Options, string Path, string? ContentType, string Value);
}
