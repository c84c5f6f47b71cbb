using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Jobs;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Pages.Admin.Search;

/// <summary>Every index with its documents, cursor, head and lag on this node; rebuild and reset buttons.</summary>
internal sealed class IndexModel(
    LuceneIndexStatuses statuses,
    LuceneIndexSettings settings,
    LuceneIndexManager indexes,
    IContentAuthorizationService authorization,
    IJobQueue jobs) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<LuceneIndexStatus> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await SearchAdmin.MayManageAsync(authorization, User, cancellationToken))
        {
            return Forbid();
        }

        Rows = await statuses.ListAsync(cancellationToken);
        return Page();
    }

    /// <summary>A rebuild runs as a background job whose page follows it until the new build has caught up.</summary>
    public async Task<IActionResult> OnPostRebuildAsync(string name, CancellationToken cancellationToken)
    {
        if (!await SearchAdmin.MayManageAsync(authorization, User, cancellationToken))
        {
            return Forbid();
        }

        if (await settings.FindAsync(name, cancellationToken) is null)
        {
            return NotFound();
        }

        var job = await jobs.EnqueueAsync(LuceneRebuildJobHandler.JobKind, $"Rebuild the search index '{name}'", new System.Text.Json.Nodes.JsonObject { ["name"] = name }, cancellationToken);
        return Redirect($"/admin/jobs/{job.Id}");
    }

    public Task<IActionResult> OnPostResetAsync(string name, CancellationToken cancellationToken) => RequestAsync(name, rebuild: false, cancellationToken);

    private async Task<IActionResult> RequestAsync(string name, bool rebuild, CancellationToken cancellationToken)
    {
        if (!await SearchAdmin.MayManageAsync(authorization, User, cancellationToken))
        {
            return Forbid();
        }

        if (await settings.FindAsync(name, cancellationToken) is not { } state)
        {
            return NotFound();
        }

        await settings.RequestAsync(state, rebuild, cancellationToken);
        indexes.Wake();
        Notice = rebuild
            ? $"'{name}' is being rebuilt from the content in the background; it keeps answering queries until the new build takes over."
            : $"'{name}' is replaying the change log from its start in the background.";
        return RedirectToPage();
    }
}
