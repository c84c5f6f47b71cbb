using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>Maps the field names callers use to the Lucene fields of an index, with readable refusals.</summary>
internal sealed class LuceneFieldResolver(string index, LuceneSchema schema)
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["type"] = LuceneFields.ContentType,
        ["contentType"] = LuceneFields.ContentType,
        ["published"] = LuceneFields.Published,
        ["owner"] = LuceneFields.Owner,
        ["author"] = LuceneFields.Author,
        ["createdUtc"] = LuceneFields.CreatedUtc,
        ["modifiedUtc"] = LuceneFields.ModifiedUtc,
        ["publishedUtc"] = LuceneFields.PublishedUtc,
        ["displayText"] = LuceneFields.DisplayText,
    };

    public string Index => index;

    /// <summary>The exact-value field for <paramref name="name"/>: itself, or its <c>.keyword</c> form when it holds words.</summary>
    public string? Keyword(string name)
    {
        var field = Aliases.GetValueOrDefault(name) ?? name;
        if (schema.KindOf(field).HasFlag(LuceneFieldKind.Keyword))
        {
            return field;
        }

        return schema.KindOf(field + LuceneFields.KeywordSuffix).HasFlag(LuceneFieldKind.Keyword) ? field + LuceneFields.KeywordSuffix : null;
    }

    /// <summary>The field and its kind when it holds numbers, dates or points.</summary>
    public (string Field, LuceneFieldKind Kind)? Ranged(string name)
    {
        var field = Aliases.GetValueOrDefault(name) ?? name;
        var kind = schema.KindOf(field);
        return (kind & (LuceneFieldKind.Number | LuceneFieldKind.Date | LuceneFieldKind.GeoPoint)) switch
        {
            LuceneFieldKind.None => null,
            var k when k.HasFlag(LuceneFieldKind.Date) => (field, LuceneFieldKind.Date),
            var k when k.HasFlag(LuceneFieldKind.Number) => (field, LuceneFieldKind.Number),
            _ => (field, LuceneFieldKind.GeoPoint),
        };
    }

    public static bool IsDisplayText(string name) => (Aliases.GetValueOrDefault(name) ?? name) == LuceneFields.DisplayText;

    /// <summary>A refusal naming what the caller may use instead.</summary>
    public SearchRequestException Unknown(string parameter, string name, string use, LuceneFieldKind kinds) =>
        new(parameter, $"{parameter} '{name}': index '{index}' has no field '{name}' to {use}; fields it has for that: {string.Join(", ", Known(kinds))}.");

    private IEnumerable<string> Known(LuceneFieldKind kinds)
    {
        var fields = schema.FieldsOf(kinds);
        return fields.Count == 0 ? ["(none yet)"] : fields.Take(40);
    }
}
