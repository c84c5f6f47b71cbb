using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Admin.Editors;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Content;

/// <summary>The generated editor for a new item of a creatable type the user may edit; other types answer 404.</summary>
internal sealed class CreateModel(ContentEditing editing, IContentManager content, ICurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "";

    [TempData]
    public string? Notice { get; set; }

    public ContentTypeDefinition Definition { get; private set; } = null!;

    public IReadOnlyList<EditorGroup> Groups { get; private set; } = [];

    public bool MayPublish { get; private set; }

    public EditorValues Values { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? submit, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var result = await editing.SaveAsync(User, item, Definition, Request.Form, publish: submit == "publish", isNew: true, cancellationToken);
        if (result.Saved is { } saved)
        {
            Notice = saved.Published ? "Created and published." : "Created as a draft.";
            return RedirectToPage("./Edit", new { id = saved.ContentItemId });
        }

        foreach (var (key, message) in result.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        Values = new EditorValues(item, Request.Form.ToDictionary(f => f.Key, f => f.Value));
        return Page();
    }

    private async Task<ContentItem?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await editing.TypeAsync(Type, cancellationToken) is not { } type
            || !await editing.MayCreateAsync(User, type, cancellationToken)
            || await content.NewAsync(type.Name, cancellationToken) is not { } item)
        {
            return null;
        }

        item.Owner = currentUser.UserId;
        Definition = type;
        Groups = await editing.GroupsAsync(type, cancellationToken);
        MayPublish = await editing.RightsAsync(User, item, cancellationToken) is { Publish: true };
        Values = new EditorValues(item, null);
        return item;
    }
}
