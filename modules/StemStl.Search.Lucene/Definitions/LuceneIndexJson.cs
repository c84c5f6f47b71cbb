using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StemStl.Search.Lucene.Definitions;

/// <summary>
/// Reads and writes index definitions in Orchard Core's <c>lucene-index</c> shape
/// (<c>{"AnalyzerName":"standardanalyzer","IndexLatest":false,"IndexedContentTypes":["Article"]}</c>), plus <c>Fields</c>.
/// The stored form is the same, with the rebuild and reset generations. <c>Public</c> (default true) lets anyone query
/// the index; false keeps it to holders of its <c>QueryLucene{Name}Index</c> permission.
/// </summary>
internal static partial class LuceneIndexJson
{
    private static readonly Dictionary<string, LuceneAnalyzer> Analyzers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = LuceneAnalyzer.Standard,
        ["standardanalyzer"] = LuceneAnalyzer.Standard,
        ["english"] = LuceneAnalyzer.English,
        ["englishanalyzer"] = LuceneAnalyzer.English,
        ["keyword"] = LuceneAnalyzer.Keyword,
        ["keywordanalyzer"] = LuceneAnalyzer.Keyword,
    };

    // Orchard's own settings that mean nothing here; accepted so Orchard recipes run unchanged.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "Culture", "StoreSourceData" };

    private static readonly HashSet<string> FieldKeys = new(StringComparer.Ordinal) { "Stored", "Analyzed", "Keyword" };

    /// <summary>Whether <paramref name="name"/> may name an index (it names a folder too).</summary>
    public static bool IsValidName(string name) => IndexName().IsMatch(name);

    /// <summary>Reads one definition, reporting each problem with its path; null when anything is wrong.</summary>
    public static LuceneIndexDefinition? Read(string name, JsonObject json, string path, Action<string, string> error)
    {
        var ok = true;
        if (!IsValidName(name))
        {
            Fail(path, $"'{name}' is not a valid index name; use 1 to 64 letters, digits, '-' or '_'.");
        }

        var analyzer = LuceneAnalyzer.Standard;
        var indexLatest = false;
        var isPublic = true;
        var types = new List<string>();
        var fields = new Dictionary<string, LuceneFieldSettings>(StringComparer.Ordinal);
        foreach (var (key, value) in json)
        {
            var at = $"{path}.{key}";
            switch (key)
            {
                case "AnalyzerName":
                    if (value?.GetValueKind() != JsonValueKind.String || !Analyzers.TryGetValue(value.GetValue<string>(), out analyzer))
                    {
                        Fail(at, $"unknown analyzer {value?.ToJsonString() ?? "null"}; use \"standard\", \"english\" or \"keyword\".");
                    }

                    break;
                case "IndexLatest":
                    indexLatest = ReadFlag(value, at, indexLatest, Fail);
                    break;
                case "Public":
                    isPublic = ReadFlag(value, at, isPublic, Fail);
                    break;
                case "IndexedContentTypes":
                    ReadTypes(value, at, types, Fail);
                    break;
                case "Fields":
                    ReadFields(value, at, fields, Fail);
                    break;
                case "RebuildGeneration" or "ResetGeneration":
                    break;
                default:
                    if (!Ignored.Contains(key))
                    {
                        Fail(at, "unknown setting; an index takes AnalyzerName, IndexLatest, IndexedContentTypes, Fields and Public.");
                    }

                    break;
            }
        }

        if (types.Count == 0)
        {
            Fail($"{path}.IndexedContentTypes", "list at least one content type for the index to hold.");
        }

        return ok ? new LuceneIndexDefinition(name, types, analyzer, indexLatest, fields, isPublic) : null;

        void Fail(string at, string message)
        {
            ok = false;
            error(at, message);
        }
    }

    public static JsonObject Write(LuceneIndexState state)
    {
        var definition = state.Definition;
        var fields = new JsonObject();
        foreach (var (name, settings) in definition.Fields)
        {
            fields[name] = new JsonObject { ["Stored"] = settings.Stored, ["Analyzed"] = settings.Analyzed, ["Keyword"] = settings.Keyword };
        }

        return new JsonObject
        {
            ["AnalyzerName"] = definition.Analyzer.ToString().ToLowerInvariant(),
            ["IndexLatest"] = definition.IndexLatest,
            ["IndexedContentTypes"] = new JsonArray([.. definition.ContentTypes.Select(t => JsonValue.Create(t))]),
            ["Fields"] = fields,
            ["Public"] = definition.Public,
            ["RebuildGeneration"] = state.RebuildGeneration,
            ["ResetGeneration"] = state.ResetGeneration,
        };
    }

    /// <summary>The generation counters of a stored definition.</summary>
    public static (int Rebuild, int Reset) Generations(JsonObject json) =>
        (json["RebuildGeneration"]?.GetValue<int>() ?? 0, json["ResetGeneration"]?.GetValue<int>() ?? 0);

    private static bool ReadFlag(JsonNode? value, string at, bool fallback, Action<string, string> fail)
    {
        if (value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetValue<bool>();
        }

        fail(at, "must be true or false.");
        return fallback;
    }

    private static void ReadTypes(JsonNode? value, string at, List<string> types, Action<string, string> fail)
    {
        if (value is not JsonArray array)
        {
            fail(at, "must be an array of content type names.");
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i]?.GetValueKind() == JsonValueKind.String && array[i]!.GetValue<string>() is { Length: > 0 } type)
            {
                types.Add(type);
            }
            else
            {
                fail($"{at}[{i}]", "must be a content type name.");
            }
        }
    }

    private static void ReadFields(JsonNode? value, string at, Dictionary<string, LuceneFieldSettings> fields, Action<string, string> fail)
    {
        if (value is not JsonObject map)
        {
            fail(at, "must be an object of field names, e.g. {\"Resource.Subject\": {\"Keyword\": true}}.");
            return;
        }

        foreach (var (field, settings) in map)
        {
            if (settings is not JsonObject flags || flags.Any(f => !FieldKeys.Contains(f.Key) || (f.Value is not null && f.Value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))))
            {
                fail($"{at}.{field}", "must be an object of Stored, Analyzed and Keyword, each true or false.");
                continue;
            }

            fields[field] = new LuceneFieldSettings(Flag(flags, "Stored"), Flag(flags, "Analyzed"), Flag(flags, "Keyword"));
        }
    }

    private static bool? Flag(JsonObject flags, string name) => flags[name]?.GetValue<bool>();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IndexName();
}
