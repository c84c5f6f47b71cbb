using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using StemStl.Cms.Definitions;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// Builds the Lucene query of a search: the caller's text in Lucene's classic syntax (phrases, prefixes, fuzzy terms,
/// boolean operators) over every text field, AND the filters.
/// </summary>
internal static class LuceneQueryBuilder
{
    /// <summary>Longest query text taken; longer text is a mistake or an attack, not a search.</summary>
    public const int MaxQueryLength = 1000;

    public static Query Text(string? text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }

        if (text.Length > MaxQueryLength)
        {
            throw new SearchRequestException("q", $"q is {text.Length} characters long; keep it under {MaxQueryLength}.");
        }

        var parser = new QueryParser(LuceneAnalyzers.Version, LuceneFields.FullText, analyzer)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException ex)
        {
            throw new SearchRequestException("q", $"q could not be read as a query ({FirstLine(ex.Message)}). Put quotes around text containing : \" ( ) [ ] {{ }} ~ * or escape each with a backslash.");
        }
    }

    /// <summary>The filters: values of one field are alternatives, different fields must all match.</summary>
    public static Query? Filters(IReadOnlyList<string> filters, LuceneFieldResolver fields)
    {
        if (filters.Count == 0)
        {
            return null;
        }

        var byField = new Dictionary<string, BooleanQuery>(StringComparer.Ordinal);
        foreach (var filter in filters)
        {
            var (field, clause) = Filter(filter, fields);
            if (!byField.TryGetValue(field, out var alternatives))
            {
                alternatives = [];
                byField[field] = alternatives;
            }

            alternatives.Add(clause, Occur.SHOULD);
        }

        var all = new BooleanQuery();
        foreach (var alternatives in byField.Values)
        {
            all.Add(alternatives, Occur.MUST);
        }

        return all;
    }

    private static (string Field, Query Clause) Filter(string filter, LuceneFieldResolver fields)
    {
        var colon = filter.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == filter.Length - 1)
        {
            throw new SearchRequestException("filter", $"filter '{filter}' must read field:value, e.g. type:Resource or Resource.Subjects:<term id> or publishedUtc:[2026-01-01 TO *].");
        }

        var name = filter[..colon].Trim();
        var value = filter[(colon + 1)..].Trim();
        if (value.StartsWith("near(", StringComparison.OrdinalIgnoreCase))
        {
            return fields.Ranged(name) is ({ } geo, LuceneFieldKind.GeoPoint)
                ? (geo, GeoDistance.Parse(filter, geo, value))
                : throw fields.Unknown("filter", name, "measure distances from", LuceneFieldKind.GeoPoint);
        }

        if (value[0] is '[' or '{')
        {
            return fields.Ranged(name) is ({ } field, var kind and (LuceneFieldKind.Number or LuceneFieldKind.Date))
                ? (field, Range(filter, field, kind, value))
                : throw fields.Unknown("filter", name, "compare with a range", LuceneFieldKind.Number | LuceneFieldKind.Date);
        }

        if (fields.Keyword(name) is { } keyword)
        {
            return (keyword, new TermQuery(new Term(keyword, value)));
        }

        if (fields.Ranged(name) is ({ } exact, var exactKind and (LuceneFieldKind.Number or LuceneFieldKind.Date)))
        {
            return (exact, Range(filter, exact, exactKind, $"[{value} TO {value}]"));
        }

        throw fields.Unknown("filter", name, "filter on", LuceneFieldKind.Keyword | LuceneFieldKind.Number | LuceneFieldKind.Date);
    }

    private static Query Range(string filter, string field, LuceneFieldKind kind, string value)
    {
        var minInclusive = value[0] == '[';
        var maxInclusive = value[^1] == ']';
        var parts = value.Length > 2 && value[^1] is ']' or '}' ? value[1..^1].Split(" TO ", 2, StringSplitOptions.TrimEntries) : [];
        if (parts.Length != 2)
        {
            throw new SearchRequestException("filter", $"filter '{filter}': write a range as [from TO to] (inclusive) or {{from TO to}} (exclusive), with * for an open end.");
        }

        return kind == LuceneFieldKind.Date
            ? NumericRangeQuery.NewInt64Range(field, Ticks(filter, parts[0]), Ticks(filter, parts[1]), minInclusive, maxInclusive)
            : NumericRangeQuery.NewDoubleRange(field, Number(filter, parts[0]), Number(filter, parts[1]), minInclusive, maxInclusive);
    }

    private static long? Ticks(string filter, string text) =>
        text == "*" ? null
        : IsoInstant.TryParse(text, out var instant, allowDate: true) ? instant.UtcDateTime.Ticks
        : throw new SearchRequestException("filter", $"filter '{filter}': '{text}' is not a date; write 2026-05-01 or 2026-05-01T14:00:00Z.");

    private static double? Number(string filter, string text) =>
        text == "*" ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
        : throw new SearchRequestException("filter", $"filter '{filter}': '{text}' is not a number.");

    /// <summary>The sort: relevance unless fields are named; ties keep relevance order.</summary>
    public static Sort Ordering(string? sort, LuceneFieldResolver fields)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return Sort.RELEVANCE;
        }

        var sortFields = new List<SortField>();
        foreach (var entry in sort.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var descending = entry.StartsWith('-');
            var name = entry.TrimStart('-', '+');
            if (name.Equals("score", StringComparison.OrdinalIgnoreCase))
            {
                sortFields.Add(new SortField(null, SortFieldType.SCORE, descending));
            }
            else if (LuceneFieldResolver.IsDisplayText(name))
            {
                sortFields.Add(new SortField(LuceneFields.DisplayTextSort, SortFieldType.STRING, descending));
            }
            else if (fields.Ranged(name) is ({ } field, var kind and (LuceneFieldKind.Number or LuceneFieldKind.Date)))
            {
                sortFields.Add(new SortField(field, kind == LuceneFieldKind.Date ? SortFieldType.INT64 : SortFieldType.DOUBLE, descending));
            }
            else
            {
                throw fields.Unknown("sort", name, "sort by (besides score and displayText)", LuceneFieldKind.Number | LuceneFieldKind.Date);
            }
        }

        sortFields.Add(SortField.FIELD_SCORE);
        return new Sort([.. sortFields]);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
