using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Pages.Admin.Search;

/// <summary>One row of the per-field settings: each flag is empty (the contributor decides), "true" or "false".</summary>
internal sealed class FieldRow
{
    public string? Name { get; set; }

    public string? Stored { get; set; }

    public string? Analyzed { get; set; }

    public string? Keyword { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrEmpty(Stored) && string.IsNullOrEmpty(Analyzed) && string.IsNullOrEmpty(Keyword);
}

/// <summary>
/// The index form as posted, turned into the definition JSON the recipe step reads, so the page and recipes accept
/// and refuse exactly the same definitions; each problem goes back next to its field.
/// </summary>
internal sealed class IndexForm
{
    public string? Name { get; set; }

    public List<string> ContentTypes { get; set; } = [];

    public string Analyzer { get; set; } = "standard";

    /// <summary><c>published</c> or <c>latest</c>.</summary>
    public string Versions { get; set; } = "published";

    public bool Public { get; set; } = true;

    public List<FieldRow> Fields { get; set; } = [];

    public static IndexForm From(LuceneIndexDefinition definition, IEnumerable<string> knownFields) => new()
    {
        Name = definition.Name,
        ContentTypes = [.. definition.ContentTypes],
        Analyzer = definition.Analyzer.ToString().ToLowerInvariant(),
        Versions = definition.IndexLatest ? "latest" : "published",
        Public = definition.Public,
        Fields = [.. definition.Fields.Keys.Union(knownFields, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(name =>
        {
            var settings = definition.FieldSettings(name);
            return new FieldRow { Name = name, Stored = Flag(settings.Stored), Analyzed = Flag(settings.Analyzed), Keyword = Flag(settings.Keyword) };
        })],
    };

    /// <summary>The definition, or null with every problem added to <paramref name="errors"/> under <paramref name="prefix"/> and its form key.</summary>
    public LuceneIndexDefinition? Read(ModelStateDictionary errors, string prefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.ErrorCount;
        var fields = new JsonObject();
        for (var i = 0; i < Fields.Count; i++)
        {
            var row = Fields[i];
            if (row.IsBlank)
            {
                continue;
            }

            var name = row.Name?.Trim() ?? "";
            if (new[] { row.Stored, row.Analyzed, row.Keyword }.Any(f => f is not (null or "" or "true" or "false")))
            {
                errors.AddModelError($"{prefix}.Fields[{i}].Name", "Each setting is default, yes or no.");
            }
            else if (name.Length == 0)
            {
                errors.AddModelError($"{prefix}.Fields[{i}].Name", "Name the field these settings are for, or clear its settings.");
            }
            else if (fields.ContainsKey(name))
            {
                errors.AddModelError($"{prefix}.Fields[{i}].Name", $"'{name}' is listed twice; keep one row per field.");
            }
            else
            {
                fields[name] = new JsonObject { ["Stored"] = Parse(row.Stored), ["Analyzed"] = Parse(row.Analyzed), ["Keyword"] = Parse(row.Keyword) };
            }
        }

        var json = new JsonObject
        {
            ["AnalyzerName"] = Analyzer,
            ["IndexLatest"] = Versions switch { "latest" => true, "published" => false, _ => JsonValue.Create(Versions) },
            ["IndexedContentTypes"] = new JsonArray([.. ContentTypes.Select(t => JsonValue.Create(t))]),
            [nameof(Public)] = Public,
            [nameof(Fields)] = fields,
        };
        var definition = LuceneIndexJson.Read(Name?.Trim() ?? "", json, "index", (path, message) => errors.AddModelError($"{prefix}.{KeyOf(path)}", Sentence(message)));
        return errors.ErrorCount == before ? definition : null;
    }

    /// <summary>The form key of a path the definition reader reports (<c>index.Fields.Resource.Grade</c>).</summary>
    private string KeyOf(string path)
    {
        var setting = path == "index" ? "" : path["index.".Length..];
        return setting switch
        {
            "" => nameof(Name),
            "AnalyzerName" => nameof(Analyzer),
            "IndexLatest" => nameof(Versions),
            var s when s.StartsWith("IndexedContentTypes", StringComparison.Ordinal) => nameof(ContentTypes),
            var s when s.StartsWith("Fields.", StringComparison.Ordinal) => $"Fields[{Fields.FindIndex(f => f.Name?.Trim() == s["Fields.".Length..])}].Name",
            _ => setting,
        };
    }

    private static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];

    private static string? Flag(bool? value) => value switch { true => "true", false => "false", null => "" };

    private static JsonNode? Parse(string? flag) => flag switch { "true" => true, "false" => false, _ => null };
}
