using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Content;
using StemStl.Cms.Security;
using StemStl.Workgroups.Membership;

namespace StemStl.Workgroups.Pages.Admin.Workgroups;

/// <summary>Every workgroup with its number of chairs and members, each linking to its members page.</summary>
internal sealed class IndexModel(MembershipAdmin admin, IContentList list, WorkgroupMembership membership) : PageModel
{
    public IReadOnlyList<(ContentListEntry Workgroup, int Chairs, int Members)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await admin.CheckAsync(User, cancellationToken) is not MembershipAccess.Allowed)
        {
            return Forbid();
        }

        var workgroups = await list.QueryAsync(
            new ContentListQuery { ContentTypes = [WorkgroupModel.WorkgroupType], Sort = ContentListSort.DisplayTextAscending, Take = ContentListQuery.MaxTake },
            cancellationToken);
        var all = await membership.GetAllAsync(cancellationToken);
        Rows = [.. workgroups.Items.Select(w =>
        {
            var people = all.GetValueOrDefault(w.ContentItemId);
            return (w, people?.Count(p => p.Value == WorkgroupRole.Chair) ?? 0, people?.Count(p => p.Value == WorkgroupRole.Member) ?? 0);
        })];
        return Page();
    }
}
