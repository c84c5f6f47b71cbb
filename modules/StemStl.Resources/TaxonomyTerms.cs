using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Resources;

/// <summary>A term of a taxonomy, as its item keeps it in <c>TaxonomyPart.Terms</c>.</summary>
internal sealed record TaxonomyTerm(string ContentItemId, string DisplayText);

/// <summary>Reads the terms a taxonomy item keeps inside itself (terms are not items of their own in the store), nested ones too.</summary>
internal static class TaxonomyTerms
{
    public static IReadOnlyList<TaxonomyTerm> Of(ContentItem? taxonomy)
    {
        var terms = new List<TaxonomyTerm>();
        Walk(taxonomy?.TryGetPart("TaxonomyPart")?["Terms"] as JsonArray, terms);
        return terms;
    }

    private static void Walk(JsonArray? level, List<TaxonomyTerm> terms)
    {
        foreach (var term in level?.OfType<JsonObject>() ?? [])
        {
            if (ContentJson.Text(term, "ContentItemId") is { Length: > 0 } id)
            {
                terms.Add(new TaxonomyTerm(id, ContentJson.Text(term, "DisplayText") ?? ContentJson.Text(term["TitlePart"] as JsonObject, "Title") ?? id));
            }

            Walk(term["Terms"] as JsonArray, terms);
        }
    }
}
