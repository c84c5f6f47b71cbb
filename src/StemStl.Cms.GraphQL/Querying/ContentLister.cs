using System.Security.Claims;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Content;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.GraphQL.Filtering;

namespace StemStl.Cms.GraphQL.Querying;

/// <summary>
/// Serves the per-type list and connection fields: narrows to what the caller may see, filters and sorts in SQL,
/// reads one page of documents (one row more than asked, to know whether another page follows) and checks each item
/// again through the authorization service. Register scoped.
/// </summary>
internal sealed class ContentLister(CmsDbContext db, ContentVisibility visibility)
{
    /// <summary>The page size when <c>first</c> is not given, and the largest one a caller may ask for.</summary>
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    /// <summary>How many candidates a list answered item by item (<see cref="ListScope.Checked"/>) may weigh.</summary>
    public const int MaxCheckedCandidates = 5000;

    public async Task<ContentPage> ListAsync(ClaimsPrincipal user, string contentType, ContentStatus status, ListQuery list, CancellationToken cancellationToken)
    {
        if (list.First is < 0 or > MaxPageSize)
        {
            throw new ExecutionError($"first: {list.First} is outside 0 to {MaxPageSize}; ask for at most {MaxPageSize} items and page with skip.") { Code = "PAGE_SIZE" };
        }

        if (list.Skip < 0)
        {
            throw new ExecutionError($"skip: {list.Skip} is negative; skip counts items from the start of the list.") { Code = "PAGE_SIZE" };
        }

        var scope = await visibility.ListScopeAsync(user, contentType, status, cancellationToken);
        if (scope == ListScope.None && status != ContentStatus.Published)
        {
            throw new ExecutionError($"status: {status.ToString().ToUpperInvariant()} needs the Preview permission on {contentType} or a preview token; ask for PUBLISHED items or sign in as someone who may preview.") { Code = "FORBIDDEN" };
        }

        var query = Narrow(db.ContentItems.AsNoTracking().Where(r => r.ContentType == contentType), status);
        query = scope switch
        {
            ListScope.None => query.Where(r => false),
            ListScope.Own => query.Where(r => r.Owner == ContentVisibility.UserId(user)),
            _ => query,
        };
        if (list.Where is { Count: > 0 } where)
        {
            query = query.Where(new WhereTranslator(db.ContentFieldIndex).Translate(where, list.Filters));
        }

        var ordered = new OrderTranslator(db.ContentFieldIndex).Apply(query, list.OrderBy, list.Filters);
        var options = status.ToVersionOptions();
        if (scope == ListScope.Checked)
        {
            return await CheckedPageAsync(user, ordered, options, list, cancellationToken);
        }

        var records = list.First == 0 ? [] : await ordered.Skip(list.Skip).Take(list.First + 1).ToListAsync(cancellationToken);
        var items = await visibility.VisibleAsync(user, records.Take(list.First).Select(ContentRecords.ToItem), options, cancellationToken);
        return new ContentPage(items, records.Count > list.First, list.Skip > 0, query.CountAsync);
    }

    private async Task<ContentPage> CheckedPageAsync(ClaimsPrincipal user, IQueryable<ContentItemRecord> ordered, VersionOptions options, ListQuery list, CancellationToken cancellationToken)
    {
        var candidates = await ordered.Take(MaxCheckedCandidates + 1).ToListAsync(cancellationToken);
        if (candidates.Count > MaxCheckedCandidates)
        {
            throw new ExecutionError($"more than {MaxCheckedCandidates} items match; narrow the list with where before paging through it.") { Code = "TOO_MANY_CANDIDATES" };
        }

        var visible = await visibility.VisibleAsync(user, candidates.Select(ContentRecords.ToItem), options, cancellationToken);
        var page = visible.Skip(list.Skip).Take(list.First).ToList();
        return new ContentPage(page, visible.Count > list.Skip + list.First, list.Skip > 0, _ => Task.FromResult(visible.Count));
    }

    private static IQueryable<ContentItemRecord> Narrow(IQueryable<ContentItemRecord> query, ContentStatus status) => status switch
    {
        ContentStatus.Draft => query.Where(r => r.Latest && !r.Published),
        ContentStatus.Latest => query.Where(r => r.Latest),
        ContentStatus.All => query.Where(r => r.Latest || r.Published),
        _ => query.Where(r => r.Published),
    };
}

/// <summary>One page of a list; the total is counted (one COUNT in SQL) only when a query asks for it.</summary>
internal sealed record ContentPage(IReadOnlyList<ContentItem> Items, bool HasNextPage, bool HasPreviousPage, Func<CancellationToken, Task<int>> CountAsync);
