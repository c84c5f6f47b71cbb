using System.Security.Claims;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StemStl.Cms.Content;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// Runs a search in two passes over one searcher: the first finds every match and keeps those the caller may see (the
/// total and the facets come from that set), the second ranks and pages them.
/// </summary>
internal sealed class LuceneSearchService(
    LuceneIndexManager indexes,
    LuceneIndexSettings settings,
    IContentAuthorizationService authorization,
    IContentManager content,
    FacetLabels labels)
{
    /// <summary>The search of <c>/api/search</c> and the GraphQL <c>search</c> field.</summary>
    public Task<SearchResult> SearchAsync(SearchRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithSearcherAsync(request.Index, user, async (handle, searcher) =>
        {
            var fields = new LuceneFieldResolver(request.Index, handle.CommittedSchema);
            var text = LuceneQueryBuilder.Text(request.Query, handle.Analyzer);
            var filters = LuceneQueryBuilder.Filters(request.Filters, fields);
            var sort = LuceneQueryBuilder.Ordering(request.Sort, fields);
            var facetFields = request.Facets
                .Select(f => (Name: f, Field: fields.Keyword(f) ?? throw fields.Unknown("facets", f, "count values of", LuceneFieldKind.Keyword)))
                .ToList();

            var matching = filters is null ? text : new BooleanQuery { { text, Occur.MUST }, { filters, Occur.MUST } };
            var (allowed, total) = await AuthorizedMatchesAsync(handle, searcher, matching, user, cancellationToken);
            var facets = await labels.LabelAsync([.. facetFields.Select(f => FacetCounter.Count(searcher, allowed, f.Name, f.Field))], user, cancellationToken);
            var page = await PageAsync(handle, searcher, text, allowed, total, request.Skip, request.First, sort, cancellationToken);
            var highlighter = new SearchHighlighter(text, searcher.IndexReader);
            var textFields = handle.CommittedSchema.FieldsOf(LuceneFieldKind.Text);
            var hits = page.Select(p => new SearchHit(
                float.IsNaN(p.Score) ? null : p.Score,
                p.Item,
                highlighter.IsEmpty ? [] : highlighter.Highlight(p.Document, textFields, handle.Analyzer)));
            return new SearchResult(total, [.. hits], facets);
        }, cancellationToken);
    }

    /// <summary>Orchard Core's JSON query API: matches the caller may see, with their stored fields and items.</summary>
    public Task<(int Total, IReadOnlyList<(Document Document, ContentItem Item)> Hits)> QueryJsonAsync(string index, string json, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        WithSearcherAsync(index, user, async (handle, searcher) =>
        {
            var parsed = new LuceneJsonQuery(handle.Analyzer, handle.CommittedSchema).Parse(json);
            var (allowed, total) = await AuthorizedMatchesAsync(handle, searcher, parsed.Query, user, cancellationToken);
            var page = await PageAsync(handle, searcher, parsed.Query, allowed, total, parsed.From, parsed.Size, parsed.Sort, cancellationToken);
            return (total, (IReadOnlyList<(Document, ContentItem)>)[.. page.Select(p => (p.Document, p.Item))]);
        }, cancellationToken);

    private async Task<T> WithSearcherAsync<T>(string index, ClaimsPrincipal user, Func<LuceneIndexHandle, IndexSearcher, Task<T>> search, CancellationToken cancellationToken)
    {
        await AuthorizeIndexAsync(index, user, cancellationToken);
        var (handle, searcher) = Acquire(index);
        try
        {
            return await search(handle, searcher);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchRequestException("q", "the query expands to too many terms (a very short prefix or a loose wildcard); make it more specific.");
        }
        finally
        {
            handle.Release(searcher);
        }
    }

    /// <summary>
    /// Refuses a caller who may not query a non-public index. The stored definition decides, not this node's copy, so
    /// making an index private applies on every node at once. An unknown index passes here and is a 404 just after.
    /// </summary>
    private async Task AuthorizeIndexAsync(string index, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await settings.FindAsync(index, cancellationToken) is { Definition.Public: false }
            && !await authorization.AuthorizeAsync(user, LucenePermissions.QueryIndex(index), cancellationToken))
        {
            throw new SearchForbiddenException(index);
        }
    }

    /// <summary>A searcher of the index in use; a rebuild may swap the index between the look-up and the lease, so look again.</summary>
    private (LuceneIndexHandle Handle, IndexSearcher Searcher) Acquire(string index)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var handle = indexes.Find(index)
                ?? throw new SearchRequestException("index", $"there is no index '{index}' on this node (it may still be building); define it with the lucene-index recipe step.", notFound: true);
            if (handle.Acquire() is { } searcher)
            {
                return (handle, searcher);
            }
        }

        throw new SearchRequestException("index", $"index '{index}' is being swapped for a rebuilt one; try again.", notFound: true);
    }

    private async Task<(FixedBitSet?[] Allowed, int Total)> AuthorizedMatchesAsync(LuceneIndexHandle handle, IndexSearcher searcher, Query matching, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var collector = new MatchCollector(searcher.IndexReader.Leaves.Count);
        searcher.Search(matching, collector);
        return await new SearchAuthorizer(authorization, content).AuthorizeAsync(searcher, collector.Bits, user, handle.Definition.IndexLatest, cancellationToken);
    }

    /// <summary>One page of the authorized matches, ranked by <paramref name="ranking"/>, with their items loaded from the store.</summary>
    private async Task<List<(float Score, Document Document, ContentItem Item)>> PageAsync(
        LuceneIndexHandle handle, IndexSearcher searcher, Query ranking, FixedBitSet?[] allowed, int total, int skip, int first, Sort sort, CancellationToken cancellationToken)
    {
        if (total == 0 || skip >= total)
        {
            return [];
        }

        var top = searcher.Search(ranking, new BitSetFilter(allowed), Math.Min(total, skip + first), sort, doDocScores: true, doMaxScore: false);
        var page = top.ScoreDocs.Skip(skip).Select(d => (d.Score, Document: searcher.Doc(d.Doc))).ToList();
        var ids = page.Select(p => p.Document.Get(LuceneFields.ContentItemId));
        var items = (await content.GetManyAsync(ids, handle.Definition.IndexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);

        // The store is the truth: an item removed since the index last caught up is left out of the page.
        return [.. page
            .Where(p => items.ContainsKey(p.Document.Get(LuceneFields.ContentItemId)))
            .Select(p => (p.Score, p.Document, items[p.Document.Get(LuceneFields.ContentItemId)]))];
    }
}
