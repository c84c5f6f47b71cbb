using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Jobs;

namespace StemStl.Cms.Admin.Pages.Admin.Jobs;

/// <summary>One job: its state, progress and outcome. While it runs, a script polls <c>/api/jobs/{id}</c> and reloads when it ends.</summary>
internal sealed class DetailsModel(IJobQueue queue, JobAccess access) : PageModel
{
    public JobInfo Job { get; private set; } = null!;

    /// <summary>The outcome's top-level values, for a definition list; null when the outcome is not a JSON object.</summary>
    public IReadOnlyList<(string Name, string Value)>? OutcomeValues { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await queue.GetAsync(id, cancellationToken) is not { } job || !await access.CanSeeAsync(User, job, cancellationToken))
        {
            return NotFound();
        }

        Job = job;
        if (job.Outcome is not null && JsonNode.Parse(job.Outcome) is JsonObject outcome)
        {
            OutcomeValues = [.. outcome.Select(p => (p.Key, p.Value is JsonValue v ? v.ToString() : p.Value?.ToJsonString() ?? ""))];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string id, CancellationToken cancellationToken)
    {
        if (await queue.GetAsync(id, cancellationToken) is not { } job || !await access.CanSeeAsync(User, job, cancellationToken))
        {
            return NotFound();
        }

        await queue.CancelAsync(id, cancellationToken);
        return RedirectToPage(new { id });
    }
}
