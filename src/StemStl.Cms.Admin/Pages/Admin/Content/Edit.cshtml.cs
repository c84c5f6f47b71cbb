using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Admin.Editors;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Reviews;

namespace StemStl.Cms.Admin.Pages.Admin.Content;

/// <summary>
/// The generated editor for an existing item: save a draft or publish, and the one-click actions (publish,
/// unpublish, discard draft, delete), and review: those who may edit but not publish submit the draft for review,
/// those who may publish approve it or send it back. Items the user may not edit answer 404, like items that do not exist.
/// </summary>
internal sealed class EditModel(ContentEditing editing, PreviewOnSite preview, ReviewWorkflow reviews) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public ContentItem Item { get; private set; } = new();

    public ContentTypeDefinition Type { get; private set; } = null!;

    public IReadOnlyList<EditorGroup> Groups { get; private set; } = [];

    public EditorRights Rights { get; private set; } = new(false, false);

    public EditorValues Values { get; private set; } = null!;

    public bool HasPublishedVersion { get; private set; }

    /// <summary>Whether "Preview on site" is offered: a draft, a front end address set, and the right to preview.</summary>
    public bool OffersPreview { get; private set; }
    /// <summary>The item's open review request, if any.</summary>
    public ReviewRequestRecord? Review { get; private set; }

    /// <summary>The note typed for the reviewer or for the author, kept when the form comes back with an error.</summary>
    [BindProperty]
    public string? ReviewNote { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(string? submit, string? versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var edited = Item.Clone();
        edited.ContentItemVersionId = versionId ?? "";
        var result = await editing.SaveAsync(User, edited, Type, Request.Form, publish: submit == "publish", isNew: false, cancellationToken);
        if (result.Saved is { } saved)
        {
            Notice = saved.Published ? "Published." : "Draft saved.";
            if (submit == "review")
            {
                var submitted = await reviews.SubmitAsync(User, Id, ReviewNote, cancellationToken);
                Notice = submitted.Succeeded
                    ? "Draft saved and submitted for review: someone who may publish it will publish it or send it back with a note."
                    : $"Draft saved, but not submitted for review: {Messages(submitted)}";
            }

            return RedirectToPage(new { id = Id });
        }

        foreach (var (key, message) in result.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        Values = new EditorValues(Item, Request.Form.ToDictionary(f => f.Key, f => f.Value));
        return Page();
    }

    /// <summary>Mints a preview token for this draft and sends the browser (a new tab) to the front end with it.</summary>
    public async Task<IActionResult> OnPostPreviewOnSiteAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) && await preview.UrlAsync(User, Item, cancellationToken) is { } url ? Redirect(url) : NotFound();

    public async Task<IActionResult> OnPostActionAsync(EditorAction action, CancellationToken cancellationToken)
    {
        var result = await editing.LifecycleAsync(User, Id, action, cancellationToken);
        if (!result.Succeeded)
        {
            Notice = result.Failure == ContentFailure.NotFound ? null : string.Join(" ", result.Errors.Select(e => e.Message));
            return result.Failure == ContentFailure.NotFound ? NotFound() : RedirectToPage(new { id = Id });
        }

        Notice = action switch
        {
            EditorAction.Publish => "Published.",
            EditorAction.Unpublish => "Unpublished: the item is a draft now.",
            EditorAction.DiscardDraft => "Draft discarded: the published version is the latest again.",
            _ => $"Deleted \"{result.Item?.DisplayText ?? Id}\".",
        };
        return action == EditorAction.Delete ? RedirectToPage("./Index") : RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        var result = await reviews.ApproveAsync(User, Id, cancellationToken);
        if (result.Failure == ContentFailure.NotFound)
        {
            return NotFound();
        }

        Notice = result.Succeeded ? "Approved and published." : Messages(result);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostSendBackAsync(CancellationToken cancellationToken)
    {
        var result = await reviews.SendBackAsync(User, Id, ReviewNote, cancellationToken);
        if (result.Failure == ContentFailure.NotFound)
        {
            return NotFound();
        }

        if (result.Failure == ContentFailure.Invalid && await LoadAsync(cancellationToken))
        {
            ModelState.AddModelError(nameof(ReviewNote), Messages(result));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = result.Succeeded ? "Sent back to the author with your note." : Messages(result);
        return RedirectToPage(new { id = Id });
    }

    private static string Messages(ContentOperationResult result) => string.Join(" ", result.Errors.Select(e => e.Message));

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await editing.EditableAsync(User, Id, cancellationToken) is not { } item || await editing.TypeAsync(item.ContentType, cancellationToken) is not { } type)
        {
            return false;
        }

        (Item, Type) = (item, type);
        Groups = await editing.GroupsAsync(type, cancellationToken);
        Rights = await editing.RightsAsync(User, item, cancellationToken);
        Values = new EditorValues(item, null);
        HasPublishedVersion = item.Published || await editing.HasPublishedVersionAsync(item.ContentItemId, cancellationToken);
        OffersPreview = await preview.OffersAsync(User, item, cancellationToken);
        Review = await reviews.FindAsync(item.ContentItemId, cancellationToken);
        return true;
    }
}
