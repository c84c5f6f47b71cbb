using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Jobs;

namespace StemStl.Cms.Admin.Pages.Admin.Jobs;

/// <summary>The user's background jobs, newest first; managers can switch to everyone's.</summary>
internal sealed class IndexModel(IJobQueue queue, JobAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public bool IsManager { get; private set; }

    public IReadOnlyList<JobInfo> Jobs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsManager = await access.IsManagerAsync(User, cancellationToken);
        All &= IsManager;
        var owner = await access.OwnerFilterAsync(User, All, cancellationToken);
        Jobs = await queue.ListAsync(owner.Length == 0 ? null : owner, 100, cancellationToken);
    }
}
