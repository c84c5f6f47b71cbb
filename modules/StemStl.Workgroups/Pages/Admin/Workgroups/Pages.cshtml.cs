using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Content;
using StemStl.Workgroups.PageTree;

namespace StemStl.Workgroups.Pages.Admin.Workgroups;

/// <summary>
/// A workgroup's page tree: its pages in order, reordered by dragging or with the move buttons. Both post the whole new
/// order; the script posts it with <c>fetch</c> and reads JSON, a plain form post (no script) is answered with a redirect.
/// </summary>
internal sealed class PagesModel(WorkgroupPageTree tree) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    public ContentItem Workgroup { get; private set; } = new();

    public IReadOnlyList<TreePage> Tree { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await AccessAsync(id, cancellationToken) ?? await ShowAsync(id, cancellationToken);

    /// <summary>The whole new order, as repeated <c>order</c> fields holding page ids.</summary>
    public async Task<IActionResult> OnPostOrderAsync(string id, [FromForm] string[]? order, CancellationToken cancellationToken) =>
        await AccessAsync(id, cancellationToken) ?? await ApplyAsync(id, order ?? [], cancellationToken);

    /// <summary>Moves one page up or down a place: the buttons' form post when no script runs.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string id, string? pageId, string? direction, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var ids = (await tree.PagesAsync(id, cancellationToken)).Select(p => p.Latest.ContentItemId).ToList();
        var from = pageId is null ? -1 : ids.IndexOf(pageId);
        var to = from + (direction == "up" ? -1 : 1);
        if (from < 0 || direction is not ("up" or "down") || to < 0 || to >= ids.Count)
        {
            Error = "That page cannot move that way: it is already first or last, or it is no longer in this workgroup.";
            return await ShowAsync(id, cancellationToken, StatusCodes.Status400BadRequest);
        }

        (ids[from], ids[to]) = (ids[to], ids[from]);
        return await ApplyAsync(id, ids, cancellationToken, anchor: pageId);
    }

    private async Task<IActionResult> ApplyAsync(string id, IReadOnlyList<string> order, CancellationToken cancellationToken, string? anchor = null)
    {
        var result = await tree.ReorderAsync(User, id, order, cancellationToken);
        var wantsJson = Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
        var status = result.Succeeded ? StatusCodes.Status200OK : result.IsForbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        if (wantsJson)
        {
            return result.Succeeded
                ? new JsonResult(new { moved = result.Moved, message = Saved(result.Moved) })
                : new ObjectResult(new ProblemDetails { Status = status, Title = "The pages were not reordered.", Detail = result.Error }) { StatusCode = status };
        }

        if (!result.Succeeded)
        {
            Error = result.Error;
            return await ShowAsync(id, cancellationToken, status);
        }

        Notice = Saved(result.Moved);
        return Redirect($"/admin/workgroups/{Uri.EscapeDataString(id)}/pages{(anchor is null ? "" : "#page-" + anchor)}");
    }

    private static string Saved(int moved) => moved == 0 ? "The order is unchanged." : "The new order is saved.";

    private async Task<IActionResult?> AccessAsync(string id, CancellationToken cancellationToken)
    {
        var (access, workgroup) = await tree.CheckAsync(User, id, cancellationToken);
        Workgroup = workgroup ?? Workgroup;
        return access switch
        {
            PageTreeAccess.Allowed => null,
            PageTreeAccess.NoSuchWorkgroup => NotFound(),
            _ => Forbid(),
        };
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken cancellationToken, int status = StatusCodes.Status200OK)
    {
        Tree = await tree.PagesAsync(id, cancellationToken);
        Response.StatusCode = status;
        return Page();
    }
}
