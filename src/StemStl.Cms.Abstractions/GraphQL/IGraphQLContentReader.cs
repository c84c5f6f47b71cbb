using GraphQL;
using GraphQL.DataLoader;
using StemStl.Cms.Content;

namespace StemStl.Cms.GraphQL;

/// <summary>
/// Content reads for contributed resolvers, with the built-in fields' guarantees: every item is checked through the
/// authorization service (hidden ones are simply absent) and relations are batched per level of the query, so a
/// contributed relation adds a constant number of SQL commands however long the list. Resolve it from
/// <c>context.RequestServices</c>.
/// </summary>
public interface IGraphQLContentReader
{
    /// <summary>One item by id in the given version, or null when it is missing or hidden from the caller.</summary>
    Task<ContentItem?> GetAsync(IResolveFieldContext context, string contentItemId, VersionOptions options = VersionOptions.Published);

    /// <summary>The published items with these ids that the caller may see, in the given order; batched.</summary>
    IDataLoaderResult<IReadOnlyList<ContentItem>> Related(IResolveFieldContext context, IReadOnlyList<string> contentItemIds);

    /// <summary>The published items whose index rows at <paramref name="path"/> hold <paramref name="value"/> (e.g. pages whose
    /// <c>WorkgroupPage.Workgroup</c> picker points at a workgroup), that the caller may see, oldest first; batched.</summary>
    IDataLoaderResult<IReadOnlyList<ContentItem>> Referencing(IResolveFieldContext context, string contentType, string path, string value);

    /// <summary>
    /// The terms with these ids (a <c>TaxonomyField</c>'s <c>TermContentItemIds</c>), in the given order and nested ones
    /// too, as items built from the published taxonomy item that keeps them in its <c>TaxonomyPart</c> (terms are not items
    /// of their own in the store); none when the caller may not see the taxonomy; the taxonomy loads batched like
    /// <see cref="Related"/>.
    /// </summary>
    IDataLoaderResult<IReadOnlyList<ContentItem>> Terms(IResolveFieldContext context, string taxonomyContentItemId, IReadOnlyList<string> termContentItemIds);
}
