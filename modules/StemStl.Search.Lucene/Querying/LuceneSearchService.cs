using System.Security.Claims;
using Lucene.Net.Search;
using StemStl.Cms.Content;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// Runs a search in two passes over one searcher: the first finds every match and keeps those the caller may see (the
/// total and the facets come from that set), the second ranks and pages them.
/// </summary>
internal sealed class LuceneSearchService(
    LuceneIndexManager indexes,
    IContentAuthorizationService authorization,
    IContentManager content)
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (handle, searcher) = Acquire(request.Index);
        try
        {
            return await SearchAsync(request, handle, searcher, user, cancellationToken);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchRequestException("q", "q expands to too many terms (a very short prefix or a loose wildcard); make it more specific.");
        }
        finally
        {
            handle.Release(searcher);
        }
    }

    /// <summary>A searcher of the index in use; a rebuild may swap the index between the look-up and the lease, so look again once.</summary>
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

    private async Task<SearchResult> SearchAsync(SearchRequest request, LuceneIndexHandle handle, IndexSearcher searcher, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var fields = new LuceneFieldResolver(request.Index, handle.CommittedSchema);
        var text = LuceneQueryBuilder.Text(request.Query, handle.Analyzer);
        var filters = LuceneQueryBuilder.Filters(request.Filters, fields);
        var sort = LuceneQueryBuilder.Ordering(request.Sort, fields);
        var facetFields = request.Facets
            .Select(f => (Name: f, Field: fields.Keyword(f) ?? throw fields.Unknown("facets", f, "count values of", LuceneFieldKind.Keyword)))
            .ToList();

        var matching = filters is null ? text : new BooleanQuery { { text, Occur.MUST }, { filters, Occur.MUST } };
        var collector = new MatchCollector(searcher.IndexReader.Leaves.Count);
        searcher.Search(matching, collector);
        var indexLatest = handle.Definition.IndexLatest;
        var (allowed, total) = await new SearchAuthorizer(authorization, content).AuthorizeAsync(searcher, collector.Bits, user, indexLatest, cancellationToken);
        var facets = facetFields.Select(f => FacetCounter.Count(searcher, allowed, f.Name, f.Field)).ToList();
        if (total == 0 || request.Skip >= total)
        {
            return new SearchResult(total, [], facets);
        }

        var top = searcher.Search(text, new BitSetFilter(allowed), Math.Min(total, request.Skip + request.First), sort, doDocScores: true, doMaxScore: false);
        var page = top.ScoreDocs.Skip(request.Skip).Select(d => (d.Score, Document: searcher.Doc(d.Doc))).ToList();
        var ids = page.Select(p => p.Document.Get(LuceneFields.ContentItemId)).ToList();
        var items = (await content.GetManyAsync(ids, indexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var highlighter = new SearchHighlighter(text, searcher.IndexReader);
        var textFields = handle.CommittedSchema.FieldsOf(LuceneFieldKind.Text);
        var hits = new List<SearchHit>();
        foreach (var (score, document) in page)
        {
            // The store is the truth: an item removed since the index last caught up is left out of the page.
            if (items.TryGetValue(document.Get(LuceneFields.ContentItemId), out var item))
            {
                var highlights = highlighter.IsEmpty ? [] : highlighter.Highlight(document, textFields, handle.Analyzer);
                hits.Add(new SearchHit(float.IsNaN(score) ? null : score, item, highlights));
            }
        }

        return new SearchResult(total, hits, facets);
    }
}
