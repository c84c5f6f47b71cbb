using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Definitions;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Definitions;

/// <summary>
/// Creates a content type with a display name, a technical name (made from the display name when left empty) and the
/// built-in parts to start with. The definition manager checks the name; only "already exists" is checked here, because
/// to the manager a known name is an update.
/// </summary>
[Authorize(Policy = CmsPolicies.ManageContentDefinitions)]
internal sealed class CreateModel(IContentDefinitionManager definitions, ContentKinds kinds) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Parts { get; set; } = [];

    public IReadOnlyList<ContentPartKind> PartKinds => [.. kinds.Parts.Values.OrderBy(k => k.DisplayName, StringComparer.OrdinalIgnoreCase)];

    // Set here, not as the property's default: a post with every box unticked must bind an empty list, not keep the default.
    public void OnGet() => Parts = ["TitlePart"];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DisplayName = DisplayName?.Trim() ?? "";
        var name = string.IsNullOrWhiteSpace(Name) ? TechnicalName.From(DisplayName) : Name.Trim();
        if (DisplayName.Length == 0)
        {
            ModelState.AddModelError(nameof(DisplayName), "Give the type a display name, e.g. Event; editors see it in menus and lists.");
        }

        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        if (snapshot.FindType(name) is not null)
        {
            ModelState.AddModelError(nameof(Name), $"A content type named '{name}' already exists; choose another technical name or edit that type.");
        }

        var unknown = Parts.Where(p => !kinds.Parts.ContainsKey(p)).ToList();
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(Parts), $"Unknown part(s): {string.Join(", ", unknown)}; choose from the list.");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var type = new ContentTypeDefinition(name, DisplayName, new ContentTypeSettings(),
            [.. Parts.Select((p, i) => new ContentTypePartDefinition(p, p, Position: i))]);
        var result = await definitions.ApplyAsync(new ContentDefinitionChange { Types = [type] }, cancellationToken);
        if (!result.Succeeded)
        {
            DefinitionErrors.AddTo(ModelState, result.Errors, []);
            if (string.IsNullOrWhiteSpace(Name) && ModelState.ContainsKey(nameof(Name)))
            {
                // The name came from the display name; show it so the user sees what was refused.
                Name = name;
            }

            return Page();
        }

        TempData["Notice"] = $"Created the content type {DisplayName}. Add its fields below.";
        return RedirectToPage("./Type", new { name });
    }
}
