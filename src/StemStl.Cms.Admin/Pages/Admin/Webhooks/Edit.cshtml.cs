using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.Admin.Pages.Admin.Webhooks;

/// <summary>One webhook: change it, send a test delivery, rotate its secret, delete it, and read its delivery log.</summary>
[Authorize(Policy = CmsPolicies.ManageWebhooks)]
internal sealed class EditModel(WebhookStore store, IContentDefinitionManager definitions) : PageModel
{
    public const int LogSize = 50;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public WebhookForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    /// <summary>A secret just created or rotated: shown on this one page view, never again.</summary>
    [TempData]
    public string? Secret { get; set; }

    public WebhookRecord Hook { get; private set; } = null!;

    public IReadOnlyList<WebhookDeliveryRecord> Deliveries { get; private set; } = [];

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Form = WebhookForm.From(Hook);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = Form.ToInput();
        foreach (var (key, message) in WebhookStore.Validate(input))
        {
            ModelState.AddModelError($"Form.{key}", message);
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        await store.UpdateAsync(Id, input, cancellationToken);
        Notice = "Webhook saved.";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        if (await store.SendTestAsync(Id, cancellationToken) is not { } delivery)
        {
            return NotFound();
        }

        Notice = $"Test delivery {delivery.Id} queued; its outcome appears in the log below.";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken cancellationToken)
    {
        if (await store.RotateSecretAsync(Id, cancellationToken) is not { } secret)
        {
            return NotFound();
        }

        Secret = secret;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(Id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = "Webhook deleted.";
        return RedirectToPage("./Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await store.FindAsync(Id, cancellationToken) is not { } hook)
        {
            return false;
        }

        Hook = hook;
        Deliveries = await store.DeliveriesAsync(Id, LogSize, cancellationToken);
        Types = [.. (await definitions.GetSnapshotAsync(cancellationToken)).Types.Values.OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase)];
        return true;
    }
}
