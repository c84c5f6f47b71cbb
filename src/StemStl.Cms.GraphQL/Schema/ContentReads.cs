using System.Security.Claims;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.GraphQL.Filtering;
using StemStl.Cms.Security;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// Every read a resolver makes, each one filtered through <see cref="IContentAuthorizationService"/>: published
/// versions need View, drafts and latest versions need Preview. What the caller may not see is simply absent.
/// </summary>
internal static class ContentReads
{
    /// <summary>The page size when <c>first</c> is not given, and the largest one a caller may ask for.</summary>
    public const int DefaultFirst = 100;
    public const int MaxFirst = 1000;

    public static async Task<ContentItem?> ByIdAsync(IResolveFieldContext context, string id, VersionOptions status)
    {
        var item = await Services(context).GetRequiredService<IContentManager>().GetAsync(id, status, context.CancellationToken);
        return item is not null && await MaySeeAsync(context, item, status) ? item : null;
    }

    public static async Task<ContentItem?> ByPathAsync(IResolveFieldContext context, string path, VersionOptions status)
    {
        var db = Services(context).GetRequiredService<CmsDbContext>();
        var normalized = path.Trim().Trim('/');
        var id = await db.ContentUniqueValues.AsNoTracking()
            .Where(u => u.Scope == "autoroute" && u.Value == normalized)
            .Select(u => u.ContentItemId)
            .FirstOrDefaultAsync(context.CancellationToken);
        return id is null ? null : await ByIdAsync(context, id, status);
    }

    /// <summary>Items the caller may see, in ids order; missing and hidden ones are left out.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ManyAsync(IResolveFieldContext context, IReadOnlyList<string> ids, VersionOptions status)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var items = await Services(context).GetRequiredService<IContentManager>().GetManyAsync(ids, status, context.CancellationToken);
        var byId = items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var visible = new List<ContentItem>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (byId.TryGetValue(id, out var item) && await MaySeeAsync(context, item, status))
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    /// <summary>A page of one type's items, filtered and sorted in SQL, without the ones the caller may not see.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ListAsync(IResolveFieldContext context, string contentType, VersionOptions status, ListQuery list)
    {
        var (first, skip) = (list.First, list.Skip);
        if (first is < 0 or > MaxFirst)
        {
            throw new ExecutionError($"first must be between 0 and {MaxFirst}; ask for the rest with skip.") { Code = "BAD_USER_INPUT" };
        }

        if (skip < 0)
        {
            throw new ExecutionError("skip must not be negative.") { Code = "BAD_USER_INPUT" };
        }

        var db = Services(context).GetRequiredService<CmsDbContext>();
        var rows = db.ContentItems.AsNoTracking().Where(r => r.ContentType == contentType);
        rows = status switch
        {
            VersionOptions.Published => rows.Where(r => r.Published),
            VersionOptions.Draft => rows.Where(r => r.Latest && !r.Published),
            _ => rows.Where(r => r.Latest),
        };
        if (list.Where is { Count: > 0 } where)
        {
            rows = rows.Where(new WhereTranslator(db.ContentFieldIndex).Translate(where, list.Filters));
        }

        var ordered = new OrderTranslator(db.ContentFieldIndex).Apply(rows, list.OrderBy, list.Filters);
        var page = await ordered.Skip(skip).Take(first).ToListAsync(context.CancellationToken);
        var visible = new List<ContentItem>(page.Count);
        foreach (var item in page.Select(ContentRecords.ToItem))
        {
            if (await MaySeeAsync(context, item, status))
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    private static Task<bool> MaySeeAsync(IResolveFieldContext context, ContentItem item, VersionOptions status) =>
        Services(context).GetRequiredService<IContentAuthorizationService>().AuthorizeAsync(
            context.User ?? new ClaimsPrincipal(new ClaimsIdentity()),
            status == VersionOptions.Published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent,
            item,
            context.CancellationToken);

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with the request's services.");
}
