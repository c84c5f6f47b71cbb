using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.GraphQL;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Search.Lucene.GraphQL;

/// <summary>
/// <c>search(index, query, filters, facets, sort, first, skip) { totalCount items { score contentItem highlights } facets }</c>:
/// the REST search over GraphQL, with the same checks and the same per-hit authorization.
/// </summary>
internal sealed class SearchSchemaContributor : IGraphQLSchemaContributor
{
    public void Contribute(GraphQLSchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var highlight = Object("SearchHighlight", "Snippets of one field; matched terms are marked with <em>, everything else is HTML-escaped.");
        Add<Highlight>(highlight, "field", NonNull(new StringGraphType()), h => h.Field);
        Add<Highlight>(highlight, "snippets", NonNullList(new StringGraphType()), h => h.Snippets);

        var hit = Object("SearchHit", "One result: its relevance, the item, and where it matched.");
        Add<SearchHit>(hit, "score", new FloatGraphType(), h => h.Score);
        Add<SearchHit>(hit, "contentItem", NonNull(context.ContentItem), h => h.ContentItem);
        Add<SearchHit>(hit, "highlights", NonNullList(highlight), h => h.Highlights);

        var facetValue = Object("SearchFacetValue", "A value of a facet field, its name when it is the id of a term or item the caller may see, and how many results hold it.");
        Add<FacetValue>(facetValue, "value", NonNull(new StringGraphType()), v => v.Value);
        Add<FacetValue>(facetValue, "label", new StringGraphType(), v => v.Label);
        Add<FacetValue>(facetValue, "count", NonNull(new IntGraphType()), v => v.Count);

        var facet = Object("SearchFacet", "Counts of a keyword field over every result, not just the page.");
        Add<FacetResult>(facet, "field", NonNull(new StringGraphType()), f => f.Field);
        Add<FacetResult>(facet, "values", NonNullList(facetValue), f => f.Values);

        var result = Object("SearchResult", "Results the caller may see, with their total and facets.");
        Add<SearchResult>(result, "totalCount", NonNull(new IntGraphType()), r => r.TotalCount);
        Add<SearchResult>(result, "items", NonNullList(hit), r => r.Items);
        Add<SearchResult>(result, "facets", NonNullList(facet), r => r.Facets);

        context.Query.AddField(new FieldType
        {
            Name = "search",
            Description = "Full-text search over a named Lucene index: Lucene query syntax, filters such as type:Resource or publishedUtc:[2026-01-01 TO *], facets of keyword fields.",
            ResolvedType = NonNull(result),
            Arguments = new QueryArguments(
                new QueryArgument(NonNull(new StringGraphType())) { Name = "index" },
                new QueryArgument(new StringGraphType()) { Name = "query" },
                new QueryArgument(new ListGraphType(NonNull(new StringGraphType()))) { Name = "filters" },
                new QueryArgument(new ListGraphType(NonNull(new StringGraphType()))) { Name = "facets" },
                new QueryArgument(new StringGraphType()) { Name = "sort" },
                new QueryArgument(new IntGraphType()) { Name = "first" },
                new QueryArgument(new IntGraphType()) { Name = "skip" }),
            Resolver = new FuncFieldResolver<object?>(ResolveAsync),
        });
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        try
        {
            var request = SearchRequest.Create(
                context.GetArgument<string>("index"),
                context.GetArgument<string?>("query"),
                context.GetArgument<List<string>?>("filters"),
                context.GetArgument<List<string>?>("facets"),
                context.GetArgument<string?>("sort"),
                context.GetArgument<int?>("first"),
                context.GetArgument<int?>("skip"));
            var search = context.RequestServices!.GetRequiredService<LuceneSearchService>();
            return await search.SearchAsync(request, context.User!, context.CancellationToken);
        }
        catch (SearchRequestException ex)
        {
            throw new ExecutionError($"{ex.Parameter}: {ex.Message}") { Code = ex.NotFound ? "NOT_FOUND" : "INVALID_SEARCH" };
        }
        catch (SearchForbiddenException ex)
        {
            throw new ExecutionError($"index: {ex.Message}") { Code = "FORBIDDEN" };
        }
    }

    private static ObjectGraphType Object(string name, string description) => new() { Name = name, Description = description };

    private static NonNullGraphType NonNull(IGraphType type) => new(type);

    private static NonNullGraphType NonNullList(IGraphType type) => new(new ListGraphType(new NonNullGraphType(type)));

    private static void Add<TSource>(ObjectGraphType type, string name, IGraphType resolved, Func<TSource, object?> read) =>
        type.AddField(new FieldType
        {
            Name = name,
            ResolvedType = resolved,
            Resolver = new FuncFieldResolver<object?>(c => read((TSource)c.Source!)),
        });
}
