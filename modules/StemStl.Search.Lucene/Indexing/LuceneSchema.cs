using System.Collections.Concurrent;
using System.Text.Json;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>How a document field can be queried.</summary>
[Flags]
internal enum LuceneFieldKind
{
    None = 0,

    /// <summary>Analyzed words (full-text queries, highlights).</summary>
    Text = 1,

    /// <summary>Exact values (filters, facets).</summary>
    Keyword = 2,

    Number = 4,

    /// <summary>Instants as UTC ticks.</summary>
    Date = 8,

    /// <summary>A point, indexed as <c>Name.Latitude</c> and <c>Name.Longitude</c>.</summary>
    GeoPoint = 16,
}

/// <summary>
/// The fields an index has seen and how each was indexed. Lucene keeps no types, so the schema is saved in each
/// commit's user data and read back with it: filters and sorts then know a date from a number.
/// </summary>
internal sealed class LuceneSchema
{
    private readonly ConcurrentDictionary<string, LuceneFieldKind> _fields = new(StringComparer.Ordinal);

    public static LuceneSchema Parse(string? json)
    {
        var schema = new LuceneSchema();
        if (!string.IsNullOrEmpty(json) && JsonSerializer.Deserialize<Dictionary<string, int>>(json) is { } fields)
        {
            foreach (var (name, kind) in fields)
            {
                schema._fields[name] = (LuceneFieldKind)kind;
            }
        }

        return schema;
    }

    public void Add(string name, LuceneFieldKind kind) => _fields.AddOrUpdate(name, kind, (_, existing) => existing | kind);

    public LuceneFieldKind KindOf(string name) => _fields.GetValueOrDefault(name);

    /// <summary>The fields having <paramref name="kind"/>, sorted, for error messages.</summary>
    public IReadOnlyList<string> FieldsOf(LuceneFieldKind kind) =>
        [.. _fields.Where(f => (f.Value & kind) != 0).Select(f => f.Key).Order(StringComparer.Ordinal)];

    public LuceneSchema Copy() => Parse(Serialize());

    public string Serialize() => JsonSerializer.Serialize(_fields.ToDictionary(f => f.Key, f => (int)f.Value, StringComparer.Ordinal));
}
