using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Media;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Media;

/// <summary>
/// The media library: the files as a grid, a search, an upload form and a delete button per file. Every action is a
/// plain form post, so the page works without script; script only adds "Copy path".
/// </summary>
[Authorize(Policy = CmsPolicies.ManageMedia)]
internal sealed class IndexModel(IMediaStore media) : PageModel
{
    public const int PageSize = 24;

    [BindProperty(SupportsGet = true, Name = "search")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public MediaPage Files { get; private set; } = new([], 0, 1, PageSize);

    public int PageCount => Math.Max(1, (Files.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Files = await media.ListAsync(Search, PageNumber, PageSize, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("upload", "Choose a file to upload.");
        }
        else
        {
            await using var stream = upload.OpenReadStream();
            var saved = await media.SaveAsync(upload.FileName, stream, User.Identity?.Name, cancellationToken);
            if (saved.File is { } file)
            {
                Notice = $"Uploaded \"{file.OriginalName}\" as {file.Path}.";
                return RedirectToPage();
            }

            ModelState.AddModelError("upload", saved.Problem!);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string path, CancellationToken cancellationToken)
    {
        var result = await media.DeleteAsync(path ?? "", cancellationToken);
        (Notice, Problem) = result.Outcome switch
        {
            MediaDeleteOutcome.Deleted => ($"Deleted {path}.", null),
            MediaDeleteOutcome.InUse => ((string?)null, $"{path} is used by published content ({string.Join(", ", result.ReferencedBy)}); remove it there or unpublish those items first."),
            _ => (null, $"There is no media file {path}."),
        };
        return RedirectToPage(new { search = Search, p = PageNumber });
    }
}
