using System.Security.Claims;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.GraphQL.Filtering;
using StemStl.Cms.GraphQL.Loading;
using StemStl.Cms.GraphQL.Querying;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// Every read a resolver makes, each one answered through <see cref="ContentVisibility"/> and so through the one
/// authorization service: published versions need View, drafts and latest versions need Preview. What the caller may
/// not see is simply absent, from items, relations, pages and totals alike.
/// </summary>
internal static class ContentReads
{
    public static async Task<ContentItem?> ByIdAsync(IResolveFieldContext context, string id, ContentStatus status)
    {
        var options = status.ToVersionOptions();
        var item = await Services(context).GetRequiredService<IContentManager>().GetAsync(id, options, context.CancellationToken);
        return item is not null && await Services(context).GetRequiredService<ContentVisibility>().CanSeeAsync(User(context), item, options, context.CancellationToken)
            ? item
            : null;
    }

    public static async Task<ContentItem?> ByPathAsync(IResolveFieldContext context, string path, ContentStatus status)
    {
        var db = Services(context).GetRequiredService<CmsDbContext>();
        var normalized = path.Trim().Trim('/');
        var id = await db.ContentUniqueValues.AsNoTracking()
            .Where(u => u.Scope == "autoroute" && u.Value == normalized)
            .Select(u => u.ContentItemId)
            .FirstOrDefaultAsync(context.CancellationToken);
        return id is null ? null : await ByIdAsync(context, id, status);
    }

    /// <summary>Items a relation points at, batched with every other relation of the same level; hidden ones left out.</summary>
    public static IDataLoaderResult<IReadOnlyList<ContentItem>> Related(IResolveFieldContext context, IReadOnlyList<string> ids) =>
        Services(context).GetRequiredService<RelationLoader>().Items(User(context), ids, VersionOptions.Published);

    /// <summary>The items a list item contains, batched with every other list of the same level.</summary>
    public static IDataLoaderResult<IReadOnlyList<ContentItem>> Contained(IResolveFieldContext context, string listId) =>
        Services(context).GetRequiredService<RelationLoader>().Referencing(User(context), null, RelationLoader.ContainerPath, listId, VersionOptions.Published);

    /// <summary>A page of one type's items, filtered and sorted in SQL, without the ones the caller may not see.</summary>
    public static Task<ContentPage> PageAsync(IResolveFieldContext context, string contentType, ContentStatus status, ListQuery list) =>
        Services(context).GetRequiredService<ContentLister>().ListAsync(User(context), contentType, status, list, context.CancellationToken);

    public static ClaimsPrincipal User(IResolveFieldContext context) => context.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    private static IServiceProvider Services(IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with the request's services.");
}
