using System.Security.Claims;
using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// Names for facet values that are ids: a taxonomy term's display text, or a picked item's. Terms are not items of their
/// own (they live inside their taxonomy's <c>TaxonomyPart.Terms</c>), so a term is named only when the caller may see
/// its published taxonomy, as a GraphQL term read is; an item only when the caller may see its published version.
/// Anything else (a status, a channel, a flag) keeps no label.
/// </summary>
internal sealed class FacetLabels(IContentDefinitionManager definitions, IContentList list, IContentManager content, IContentAuthorizationService authorization)
{
    private const string TaxonomyPart = "TaxonomyPart";

    // Saved trees are at most 32 levels deep; this only stops a hand-made store row recursing.
    private const int MaxDepth = 64;

    /// <summary>The facets with a label on each value that names something the caller may see.</summary>
    public async Task<IReadOnlyList<FacetResult>> LabelAsync(IReadOnlyList<FacetResult> facets, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var values = facets.SelectMany(f => f.Values).Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
        if (values.Count == 0)
        {
            return facets;
        }

        var labels = await TermsAsync(values, user, cancellationToken);
        foreach (var item in await content.GetManyAsync(values.Where(v => !labels.ContainsKey(v)), VersionOptions.Published, cancellationToken))
        {
            if (await authorization.AuthorizeAsync(user, ContentPermissions.ViewContent, item, cancellationToken))
            {
                labels[item.ContentItemId] = item.DisplayText;
            }
        }

        return [.. facets.Select(f => f with { Values = [.. f.Values.Select(v => v with { Label = labels.GetValueOrDefault(v.Value) })] })];
    }

    private async Task<Dictionary<string, string>> TermsAsync(HashSet<string> values, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        // A taxonomy is any item whose type has the taxonomy part: the resources' "Taxonomy", the pathways' "IndustryClusters".
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var types = snapshot.Types.Values.Where(t => t.Parts.Any(p => p.PartName == TaxonomyPart)).Select(t => t.Name).ToList();
        if (types.Count == 0)
        {
            return labels;
        }

        var page = await list.QueryAsync(new ContentListQuery { ContentTypes = types, Take = ContentListQuery.MaxTake }, cancellationToken);
        var taxonomies = await content.GetManyAsync(page.Items.Select(i => i.ContentItemId), VersionOptions.Published, cancellationToken);
        foreach (var taxonomy in taxonomies)
        {
            if (await authorization.AuthorizeAsync(user, ContentPermissions.ViewContent, taxonomy, cancellationToken))
            {
                Walk(taxonomy.TryGetPart(TaxonomyPart)?["Terms"] as JsonArray, values, labels, depth: 1);
            }
        }

        return labels;
    }

    private static void Walk(JsonArray? level, HashSet<string> values, Dictionary<string, string> labels, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var term in level?.OfType<JsonObject>() ?? [])
        {
            if (ContentJson.Text(term, "ContentItemId") is { Length: > 0 } id && values.Contains(id))
            {
                labels.TryAdd(id, ContentJson.Text(term, "DisplayText") ?? ContentJson.Text(term["TitlePart"] as JsonObject, "Title") ?? id);
            }

            Walk(term["Terms"] as JsonArray, values, labels, depth + 1);
        }
    }
}
