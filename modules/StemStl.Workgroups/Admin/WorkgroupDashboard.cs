using System.Security.Claims;
using StemStl.Cms.Admin;
using StemStl.Cms.Content;
using StemStl.Workgroups.Membership;
using StemStl.Workgroups.PageTree;

namespace StemStl.Workgroups.Admin;

/// <summary>For members and chairs: one dashboard panel per workgroup of theirs, with its pages in order and their state.</summary>
internal sealed class WorkgroupDashboard(WorkgroupMembership membership, WorkgroupPageTree tree, IContentManager content) : IAdminDashboardContributor
{
    private const int PanelSize = 8;

    public async Task<IReadOnlyList<DashboardPanel>> GetPanelsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return [];
        }

        var mine = (await membership.GetAllAsync(cancellationToken)).Where(w => w.Value.ContainsKey(userId)).Select(w => w.Key).ToList();
        var workgroups = await content.GetManyAsync(mine, VersionOptions.Latest, cancellationToken);
        var panels = new List<DashboardPanel>();
        foreach (var workgroup in workgroups.OrderBy(w => w.DisplayText, StringComparer.OrdinalIgnoreCase))
        {
            var pages = await tree.PagesAsync(workgroup.ContentItemId, cancellationToken);
            panels.Add(new DashboardPanel(
                $"{workgroup.DisplayText} pages",
                "This workgroup has no pages yet.",
                [.. pages.Take(PanelSize).Select(p => Entry(p.Latest, p.HasPublishedVersion))],
                pages.Count,
                $"/admin/workgroups/{workgroup.ContentItemId}/pages",
                "All pages, in order"));
        }

        return panels;
    }

    private static ContentListEntry Entry(ContentItem item, bool hasPublishedVersion) => new(
        item.ContentItemId, item.ContentItemVersionId, item.ContentType, item.DisplayText, item.Published, hasPublishedVersion,
        item.Owner, item.Author, item.CreatedUtc, item.ModifiedUtc, item.PublishedUtc);
}
