using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Content;

namespace StemStl.Cms.Admin.Pages.Admin.Content;

/// <summary>An item's versions: compare any two, restore one. Answers 404 to users who may not edit the item.</summary>
internal sealed class VersionsModel(ContentEditing editing) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public ContentItem? Before { get; private set; }

    public ContentItem? After { get; private set; }

    public IReadOnlyList<DiffEntry> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await editing.VersionsAsync(User, Id, cancellationToken);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        // By default: the latest against the one before it.
        After = Versions.FirstOrDefault(v => v.ContentItemVersionId == To) ?? Versions[0];
        Before = Versions.FirstOrDefault(v => v.ContentItemVersionId == From) ?? Versions.FirstOrDefault(v => v.Number < After.Number);
        Differences = Before is null ? [] : VersionDiff.Compare(Before, After);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string versionId, CancellationToken cancellationToken)
    {
        var result = await editing.RestoreAsync(User, Id, versionId, cancellationToken);
        if (result.Failure == ContentFailure.NotFound && result.Item is null && result.Errors.All(e => e.Path.Length == 0))
        {
            return NotFound();
        }

        Notice = result.Succeeded
            ? $"Version restored as version {result.Item!.Number}{(result.Item.Published ? "" : ", a draft")}."
            : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage("./Edit", new { id = Id });
    }
}
