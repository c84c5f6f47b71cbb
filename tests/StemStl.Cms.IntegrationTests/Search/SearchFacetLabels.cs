using System.Text.Json.Nodes;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>Reads the labels search answers beside facet values.</summary>
internal static class SearchFacetLabels
{
    /// <summary>One facet's labels as value → label (null when the value names nothing the caller may see).</summary>
    public static IReadOnlyDictionary<string, string?> Labels(JsonObject result, string field) =>
        result["facets"]!.AsArray().Single(f => f!["field"]!.GetValue<string>() == field)!["values"]!.AsArray()
            .ToDictionary(v => v!["value"]!.GetValue<string>(), v => v!["label"]?.GetValue<string>());
}
