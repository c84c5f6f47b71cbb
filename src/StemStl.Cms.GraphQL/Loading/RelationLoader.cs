using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.GraphQL.Querying;

namespace StemStl.Cms.GraphQL.Loading;

/// <summary>
/// Loads the items relations point at (pickers, taxonomies, containers and what they contain) for one request. Keys
/// are queued while a level of the query resolves and fetched together, so a list of any length costs one query per
/// relation kind and version, and only items the caller may see come back. Register scoped.
/// </summary>
internal sealed class RelationLoader(CmsDbContext db, ContentVisibility visibility) : IDisposable
{
    private const string ContainerPath = "ContainedPart.ListContentItemId";

    // The execution strategy may complete deferred results concurrently, and a DbContext takes one command at a time.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _sync = new();
    private readonly HashSet<(VersionOptions, string)> _pendingItems = [];
    private readonly Dictionary<(VersionOptions, string), ContentItem?> _items = [];
    private readonly HashSet<(VersionOptions, string)> _pendingLists = [];
    private readonly Dictionary<(VersionOptions, string), List<ContentItem>> _lists = [];

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

    /// <summary>The items contained in the list item <paramref name="listId"/>, leaving out hidden ones.</summary>
    public DeferredResult<IReadOnlyList<ContentItem>> Contained(ClaimsPrincipal user, string listId, VersionOptions options)
    {
        lock (_sync)
        {
            if (!_lists.ContainsKey((options, listId)))
            {
                _pendingLists.Add((options, listId));
            }
        }

        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            await FlushAsync(cancellationToken);
            List<ContentItem> contained;
            lock (_sync)
            {
                contained = [.. _lists.GetValueOrDefault((options, listId)) ?? []];
            }

            return await visibility.VisibleAsync(user, contained, options, cancellationToken);
        });
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            (VersionOptions Options, string Id)[] items, lists;
            lock (_sync)
            {
                items = [.. _pendingItems];
                lists = [.. _pendingLists];
                _pendingItems.Clear();
                _pendingLists.Clear();
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

            foreach (var group in lists.GroupBy(k => k.Options))
            {
                await LoadListsAsync(group.Key, [.. group.Select(k => k.Id)], cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task LoadListsAsync(VersionOptions options, List<string> listIds, CancellationToken cancellationToken)
    {
        var rows = await (
            from f in db.ContentFieldIndex.AsNoTracking()
            where f.Path == ContainerPath && listIds.Contains(f.Text!)
            join r in db.ContentItems.AsNoTracking().Matching(options) on f.ContentItemRecordId equals r.Id
            orderby r.CreatedUtc, r.Id
            select new { ListId = f.Text!, Record = r }).ToListAsync(cancellationToken);
        lock (_sync)
        {
            foreach (var listId in listIds)
            {
                _lists[(options, listId)] = [];
            }

            foreach (var row in rows)
            {
                _lists[(options, row.ListId)].Add(ContentRecords.ToItem(row.Record));
            }
        }
    }

    public void Dispose() => _gate.Dispose();
}
