using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.Admin.Pages.Admin.Webhooks;

/// <summary>The webhooks and a form for a new one; the new secret is shown once, right after creation.</summary>
[Authorize(Policy = CmsPolicies.ManageWebhooks)]
internal sealed class IndexModel(WebhookStore store, IContentDefinitionManager definitions) : PageModel
{
    [BindProperty]
    public WebhookForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<WebhookRecord> Hooks { get; private set; } = [];

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form = WebhookForm.ForNew();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Form.ToInput();
        foreach (var (key, message) in WebhookStore.Validate(input))
        {
            ModelState.AddModelError($"Form.{key}", message);
        }

        if (ModelState.ErrorCount > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var (hook, secret) = await store.CreateAsync(input, cancellationToken);
        TempData["Secret"] = secret;
        return RedirectToPage("./Edit", new { id = hook.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Hooks = await store.ListAsync(cancellationToken);
        Types = [.. (await definitions.GetSnapshotAsync(cancellationToken)).Types.Values.OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }
}
