using StemStl.Cms.Indexing;

namespace StemStl.Workgroups.Indexing;

/// <summary>
/// A workgroup page's <c>workgroup</c> facet: the id of the workgroup it belongs to, the stable short name a front end
/// filters the <c>workgroups</c> index on (search answers the workgroup's name beside it as the value's label).
/// </summary>
internal sealed class WorkgroupPageFacetContributor : IContentIndexContributor
{
    public ContentIndexElement Element => ContentIndexElement.Part;

    public string KindName => WorkgroupModel.PageType;

    public void Contribute(ContentIndexContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Document.AddKeyword("workgroup", WorkgroupModel.WorkgroupOfPage(context.Item));
    }
}
