using GraphQL;
using GraphQL.DataLoader;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL.Querying;
using StemStl.Cms.GraphQL.Schema;

namespace StemStl.Cms.GraphQL.Loading;

/// <summary>What contributed resolvers read through: the same checks and batching as the built-in fields.</summary>
internal sealed class GraphQLContentReader(RelationLoader loader) : IGraphQLContentReader
{
    public Task<ContentItem?> GetAsync(IResolveFieldContext context, string contentItemId, VersionOptions options = VersionOptions.Published) =>
        ContentReads.ByIdAsync(context, contentItemId, options switch
        {
            VersionOptions.Latest => ContentStatus.Latest,
            VersionOptions.Draft => ContentStatus.Draft,
            _ => ContentStatus.Published,
        });

    public IDataLoaderResult<IReadOnlyList<ContentItem>> Related(IResolveFieldContext context, IReadOnlyList<string> contentItemIds) =>
        loader.Items(ContentReads.User(context), contentItemIds, VersionOptions.Published);

    public IDataLoaderResult<IReadOnlyList<ContentItem>> Referencing(IResolveFieldContext context, string contentType, string path, string value) =>
        loader.Referencing(ContentReads.User(context), contentType, path, value, VersionOptions.Published);

    public IDataLoaderResult<IReadOnlyList<ContentItem>> Terms(IResolveFieldContext context, string taxonomyContentItemId, IReadOnlyList<string> termContentItemIds) =>
        TaxonomyTerms.Load(context, taxonomyContentItemId, termContentItemIds);
}
