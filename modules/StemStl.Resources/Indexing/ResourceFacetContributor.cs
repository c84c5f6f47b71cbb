using StemStl.Cms.Indexing;
using StemStl.Resources.Validation;

namespace StemStl.Resources.Indexing;

/// <summary>
/// Short facet names for the portal's filters: <c>subject</c>, <c>gradeBand</c>, <c>setting</c> and <c>resourceType</c>
/// hold term ids (the recipe's are readable, e.g. <c>gradeband-6-8</c>), <c>provider</c> and <c>workgroup</c> the picked
/// ids, and <c>free</c> whether the resource costs nothing. The taxonomy field's own entries stay under their long
/// names (<c>Resource.GradeBands</c>); these are the stable names a front end codes against.
/// </summary>
internal sealed class ResourceFacetContributor : IContentIndexContributor
{
    public ContentIndexElement Element => ContentIndexElement.Part;

    public string KindName => ResourcePart.PartName;

    public void Contribute(ContentIndexContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var item = context.Item;
        foreach (var taxonomy in ResourceModel.Taxonomies)
        {
            foreach (var term in ResourceModel.Ids(item, taxonomy.Field, "TermContentItemIds").Distinct(StringComparer.Ordinal))
            {
                context.Document.AddKeyword(taxonomy.Facet, term);
            }
        }

        foreach (var id in ResourceModel.Ids(item, ResourceModel.Provider, "ContentItemIds"))
        {
            context.Document.AddKeyword("provider", id);
        }

        foreach (var id in ResourceModel.Ids(item, ResourceModel.Workgroup, "ContentItemIds"))
        {
            context.Document.AddKeyword("workgroup", id);
        }

        if (ResourceModel.CostOf(item) is { } cost)
        {
            context.Document.AddBoolean("free", cost == 0);
        }
    }
}
