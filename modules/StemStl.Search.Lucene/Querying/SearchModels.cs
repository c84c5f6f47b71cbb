using StemStl.Cms.Content;

namespace StemStl.Search.Lucene.Querying;

/// <summary>A search as the API takes it; every part but the index is optional.</summary>
/// <param name="Filters">Each <c>field:value</c>, <c>field:[from TO to]</c>; the same field twice means either value.</param>
/// <param name="Sort">Comma-separated fields, <c>-</c> for descending; relevance when empty.</param>
internal sealed record SearchRequest(
    string Index,
    string? Query,
    IReadOnlyList<string> Filters,
    IReadOnlyList<string> Facets,
    string? Sort,
    int First,
    int Skip)
{
    public const int DefaultFirst = 10;
    public const int MaxFirst = 100;
    public const int MaxSkip = 10_000;

    /// <summary>A request with its paging checked; REST and GraphQL both build requests here.</summary>
    public static SearchRequest Create(string? index, string? query, IEnumerable<string>? filters, IEnumerable<string>? facets, string? sort, int? first, int? skip)
    {
        if (string.IsNullOrWhiteSpace(index))
        {
            throw new SearchRequestException("index", "name the index to search, e.g. index=Search.");
        }

        if (first is < 1 or > MaxFirst)
        {
            throw new SearchRequestException("first", $"first must be from 1 to {MaxFirst}, not {first}; page with skip.");
        }

        if (skip is < 0 or > MaxSkip)
        {
            throw new SearchRequestException("skip", $"skip must be from 0 to {MaxSkip}, not {skip}; narrow the search to reach further.");
        }

        return new SearchRequest(
            index,
            query,
            [.. (filters ?? []).Where(f => !string.IsNullOrWhiteSpace(f))],
            [.. (facets ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)],
            sort,
            first ?? DefaultFirst,
            skip ?? 0);
    }
}

internal sealed record SearchResult(int TotalCount, IReadOnlyList<SearchHit> Items, IReadOnlyList<FacetResult> Facets);

internal sealed record SearchHit(float? Score, ContentItem ContentItem, IReadOnlyList<Highlight> Highlights);

/// <summary>Snippets of one field with the matched terms marked as <c>&lt;em&gt;</c>; the rest is HTML-escaped.</summary>
internal sealed record Highlight(string Field, IReadOnlyList<string> Snippets);

internal sealed record FacetResult(string Field, IReadOnlyList<FacetValue> Values);

/// <summary>A facet value, how many results hold it, and the name of the term or item it is the id of, when the caller may see that.</summary>
internal sealed record FacetValue(string Value, int Count, string? Label = null);

/// <summary>A search that cannot run as asked; the API answers 400 (or 404 for an unknown index) with the message.</summary>
internal sealed class SearchRequestException(string parameter, string message, bool notFound = false) : Exception(message)
{
    public string Parameter { get; } = parameter;

    public bool NotFound { get; } = notFound;
}

/// <summary>The caller may not query a non-public index; the API answers 403 naming the permission.</summary>
internal sealed class SearchForbiddenException(string index)
    : Exception($"querying the index '{index}' needs the {LucenePermissions.QueryIndex(index).Name} permission; ask an administrator to grant it.")
{
    public string Index { get; } = index;
}
