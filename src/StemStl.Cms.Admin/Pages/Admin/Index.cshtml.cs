using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Content;
using StemStl.Cms.Modules;
using StemStl.Cms.Reviews;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin;

/// <summary>
/// The dashboard: what waits for the user's review and their own review requests; their drafts, what is scheduled and
/// what changed lately, in the types they may list; then the panels the enabled modules add (a member's workgroup pages).
/// </summary>
internal sealed class IndexModel(
    IContentList list,
    ListableTypes listable,
    ICurrentUser currentUser,
    ReviewWorkflow reviews,
    IEnabled<IAdminDashboardContributor> contributors) : PageModel
{
    private const int PanelSize = 8;

    public IReadOnlyList<ReviewEntry> Awaiting { get; private set; } = [];

    public IReadOnlyList<ReviewEntry> MyRequests { get; private set; } = [];

    public IReadOnlyList<DashboardPanel> Panels { get; private set; } = [];

    public IReadOnlyDictionary<string, string> TypeNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Awaiting = await reviews.AwaitingAsync(User, PanelSize, cancellationToken);
        if (currentUser.UserId is { } userId)
        {
            MyRequests = await reviews.MineAsync(userId, cancellationToken);
        }

        var panels = new List<DashboardPanel>();
        var types = await listable.ForAsync(User, cancellationToken);
        TypeNames = types.ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal);
        if (types.Count > 0)
        {
            var mine = new ContentListQuery { ContentTypes = [.. TypeNames.Keys], Take = PanelSize };
            if (currentUser.UserId is { } owner)
            {
                panels.Add(Panel("My drafts", "You have no drafts.", await list.QueryAsync(mine with { Owner = owner, Status = ContentListStatus.Draft }, cancellationToken), "/admin/content?status=Draft&mine=true"));
            }

            panels.Add(Panel("Scheduled", "Nothing is scheduled to publish or unpublish.", await list.QueryAsync(mine with { Status = ContentListStatus.Scheduled }, cancellationToken), "/admin/content?status=Scheduled"));
            panels.Add(Panel("Recent changes", "No content yet.", await list.QueryAsync(mine, cancellationToken), "/admin/content"));
        }

        foreach (var contributor in contributors)
        {
            panels.AddRange(await contributor.GetPanelsAsync(User, cancellationToken));
        }

        Panels = panels;
    }

    // The link to the full list appears only when the panel could not show everything.
    private static DashboardPanel Panel(string title, string empty, ContentListPage page, string moreUrl) =>
        new(title, empty, page.Items, page.TotalCount, page.TotalCount > page.Items.Count ? moreUrl : "", $"All {page.TotalCount}");
}
