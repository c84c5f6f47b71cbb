using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StemStl.Cms.Definitions;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// The Elasticsearch-like JSON queries Orchard Core's Lucene API takes: <c>{"query": {...}, "sort": ..., "from": 0, "size": 10}</c>
/// with bool (must, filter, should, must_not), term, terms, match, match_phrase, prefix, wildcard, fuzzy, range and match_all.
/// Every refusal names the JSON path of what is wrong.
/// </summary>
internal sealed class LuceneJsonQuery(Analyzer analyzer, LuceneSchema schema)
{
    public const int MaxSize = 100;

    public sealed record Parsed(Query Query, Sort Sort, int From, int Size);

    public Parsed Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) as JsonObject
                ?? throw Fail("query", "must be a JSON object such as {\"query\": {\"match_all\": {}}}.");
        }
        catch (JsonException ex)
        {
            throw Fail("query", $"is not valid JSON ({ex.Message}).");
        }

        var query = root["query"] is JsonObject q ? Clause(q, "query") : root["query"] is null ? new MatchAllDocsQuery() : throw Fail("query.query", "must be an object.");
        var from = Int(root["from"], "query.from", 0, SearchRequest.MaxSkip) ?? 0;
        var size = Int(root["size"], "query.size", 1, MaxSize) ?? SearchRequest.DefaultFirst;
        return new Parsed(query, Sorting(root["sort"]), from, size);
    }

    private Query Clause(JsonObject clause, string path)
    {
        if (clause.Count != 1)
        {
            throw Fail(path, "must hold exactly one query, e.g. {\"term\": {\"Content.ContentItem.ContentType\": \"Article\"}}.");
        }

        var (kind, body) = clause.First();
        var at = $"{path}.{kind}";
        return kind switch
        {
            "match_all" => new MatchAllDocsQuery(),
            "bool" => Bool(Object(body, at), at),
            "term" => Field(body, at, "value", (field, value, _) => new TermQuery(new Term(field, Text(value, at)))),
            "terms" => Field(body, at, null, (field, value, _) => Terms(field, value, at)),
            "match" => Field(body, at, "query", (field, value, options) => Match(field, Text(value, at), options?["operator"]?.ToString(), at)),
            "match_phrase" => Field(body, at, "query", (field, value, options) => Phrase(field, Text(value, at), Int(options?["slop"], $"{at}.slop", 0, 100) ?? 0)),
            "prefix" => Field(body, at, "value", (field, value, _) => new PrefixQuery(new Term(field, Text(value, at)))),
            "wildcard" => Field(body, at, "value", (field, value, _) => Wildcard(field, Text(value, at), at)),
            "fuzzy" => Field(body, at, "value", (field, value, options) => new FuzzyQuery(new Term(field, Text(value, at)), Int(options?["fuzziness"], $"{at}.fuzziness", 0, 2) ?? 2)),
            "range" => Field(body, at, null, (field, value, _) => Range(field, Object(value, $"{at}.{field}"), $"{at}.{field}")),
            _ => throw Fail(at, "unknown query; use bool, term, terms, match, match_phrase, prefix, wildcard, fuzzy, range or match_all."),
        };
    }

    private BooleanQuery Bool(JsonObject body, string path)
    {
        var query = new BooleanQuery();
        foreach (var (key, value) in body)
        {
            var occur = key switch
            {
                "must" or "filter" => Occur.MUST,
                "should" => Occur.SHOULD,
                "must_not" => Occur.MUST_NOT,
                "boost" or "minimum_should_match" => (Occur?)null,
                _ => throw Fail($"{path}.{key}", "unknown bool clause; use must, filter, should or must_not."),
            };
            if (occur is null)
            {
                continue;
            }

            var clauses = value is JsonArray array ? array : new JsonArray(value?.DeepClone());
            for (var i = 0; i < clauses.Count; i++)
            {
                query.Add(Clause(Object(clauses[i], $"{path}.{key}[{i}]"), $"{path}.{key}[{i}]"), occur.Value);
            }
        }

        // Lucene matches nothing with only must_not clauses; Elasticsearch means "everything except".
        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    /// <summary>Reads <c>{"field": value}</c> or <c>{"field": {"valueKey": value, options…}}</c>.</summary>
    private static Query Field(JsonNode? body, string path, string? valueKey, Func<string, JsonNode?, JsonObject?, Query> build)
    {
        var fields = Object(body, path);
        if (fields.Count != 1)
        {
            throw Fail(path, "must name exactly one field.");
        }

        var (field, value) = fields.First();
        if (valueKey is not null && value is JsonObject options)
        {
            return build(field, options[valueKey], options);
        }

        return build(field, value, null);
    }

    private static BooleanQuery Terms(string field, JsonNode? value, string path)
    {
        if (value is not JsonArray values || values.Count == 0)
        {
            throw Fail($"{path}.{field}", "must be a non-empty array of values.");
        }

        var query = new BooleanQuery();
        for (var i = 0; i < values.Count; i++)
        {
            query.Add(new TermQuery(new Term(field, Text(values[i], $"{path}.{field}[{i}]"))), Occur.SHOULD);
        }

        return query;
    }

    private BooleanQuery Match(string field, string text, string? op, string path)
    {
        var occur = op?.ToUpperInvariant() switch
        {
            null or "OR" => Occur.SHOULD,
            "AND" => Occur.MUST,
            _ => throw Fail($"{path}.{field}.operator", "must be \"and\" or \"or\"."),
        };
        var query = new BooleanQuery();
        foreach (var (term, _) in Analyze(field, text))
        {
            query.Add(new TermQuery(new Term(field, term)), occur);
        }

        return query;
    }

    private PhraseQuery Phrase(string field, string text, int slop)
    {
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in Analyze(field, text))
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static WildcardQuery Wildcard(string field, string pattern, string path) =>
        pattern.StartsWith('*') || pattern.StartsWith('?')
            ? throw Fail($"{path}.{field}", "may not start with * or ?: a leading wildcard reads every term of the index.")
            : new WildcardQuery(new Term(field, pattern));

    private Query Range(string field, JsonObject bounds, string path)
    {
        var kind = schema.KindOf(field);
        string? Bound(string name) => bounds[name] is { } node ? Text(node, $"{path}.{name}") : null;
        var (lower, lowerInclusive) = Bound("gte") is { } gte ? (gte, true) : (Bound("gt"), false);
        var (upper, upperInclusive) = Bound("lte") is { } lte ? (lte, true) : (Bound("lt"), false);
        if (kind.HasFlag(LuceneFieldKind.Date))
        {
            return NumericRangeQuery.NewInt64Range(field, Ticks(lower, path), Ticks(upper, path), lowerInclusive, upperInclusive);
        }

        if (kind.HasFlag(LuceneFieldKind.Number))
        {
            return NumericRangeQuery.NewDoubleRange(field, Number(lower, path), Number(upper, path), lowerInclusive, upperInclusive);
        }

        return TermRangeQuery.NewStringRange(field, lower, upper, lowerInclusive, upperInclusive);
    }

    private Sort Sorting(JsonNode? sort)
    {
        if (sort is null)
        {
            return Sort.RELEVANCE;
        }

        var entries = sort is JsonArray array ? [.. array] : new List<JsonNode?> { sort };
        var fields = new List<SortField>();
        for (var i = 0; i < entries.Count; i++)
        {
            var at = $"query.sort[{i}]";
            var (name, options) = entries[i] switch
            {
                JsonValue value => (Text(value, at), null),
                JsonObject { Count: 1 } one => (one.First().Key, one.First().Value as JsonObject ?? new JsonObject { ["order"] = one.First().Value?.DeepClone() }),
                _ => throw Fail(at, "must be a field name or {\"field\": {\"order\": \"desc\"}}."),
            };
            var descending = string.Equals(options?["order"]?.ToString(), "desc", StringComparison.OrdinalIgnoreCase);
            var kind = schema.KindOf(name);
            fields.Add(name == "_score" ? new SortField(null, SortFieldType.SCORE, !descending)
                : kind.HasFlag(LuceneFieldKind.Date) ? new SortField(name, SortFieldType.INT64, descending)
                : kind.HasFlag(LuceneFieldKind.Number) ? new SortField(name, SortFieldType.DOUBLE, descending)
                : name == LuceneFields.DisplayText ? new SortField(LuceneFields.DisplayTextSort, SortFieldType.STRING, descending)
                : throw Fail(at, $"cannot sort by '{name}'; sort by _score, {LuceneFields.DisplayText}, or a number or date field."));
        }

        fields.Add(SortField.FIELD_SCORE);
        return new Sort([.. fields]);
    }

    private List<(string Term, int Position)> Analyze(string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    private static JsonObject Object(JsonNode? node, string path) => node as JsonObject ?? throw Fail(path, "must be a JSON object.");

    private static string Text(JsonNode? node, string path) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => node.ToJsonString(),
        _ => throw Fail(path, "must be a string, number or boolean."),
    };

    private static int? Int(JsonNode? node, string path, int min, int max) =>
        node is null ? null
        : node.GetValueKind() == JsonValueKind.Number && node.GetValue<double>() is var d && d == Math.Floor(d) && d >= min && d <= max ? (int)d
        : throw Fail(path, $"must be a whole number from {min} to {max}.");

    private static long? Ticks(string? text, string path) =>
        text is null ? null
        : IsoInstant.TryParse(text, out var instant, allowDate: true) ? instant.UtcDateTime.Ticks
        : throw Fail(path, $"'{text}' is not a date; write 2026-05-01 or 2026-05-01T14:00:00Z.");

    private static double? Number(string? text, string path) =>
        text is null ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
        : throw Fail(path, $"'{text}' is not a number.");

    private static SearchRequestException Fail(string path, string message) => new("query", $"{path}: {message}");
}
