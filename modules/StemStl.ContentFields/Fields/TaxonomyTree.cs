using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.ContentFields.Fields;

/// <summary>Reads the term tree a taxonomy item keeps in <c>TaxonomyPart.Terms</c>, where each term may hold its own <c>Terms</c>.</summary>
internal static class TaxonomyTree
{
    /// <summary>Every term id in the tree, with whether the term is a leaf.</summary>
    public static Dictionary<string, bool> Terms(ContentItem taxonomy)
    {
        var terms = new Dictionary<string, bool>(StringComparer.Ordinal);
        Walk(taxonomy.TryGetPart("TaxonomyPart")?["Terms"] as JsonArray, terms);
        return terms;
    }

    private static void Walk(JsonArray? level, Dictionary<string, bool> terms)
    {
        foreach (var term in level?.OfType<JsonObject>() ?? [])
        {
            var children = term["Terms"] as JsonArray;
            if (ContentJson.Text(term, "ContentItemId") is { Length: > 0 } id)
            {
                terms[id] = children is null || children.Count == 0;
            }

            Walk(children, terms);
        }
    }
}
