using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Settings;

/// <summary>The external front end's preview address, which the content editor's "Preview on site" opens.</summary>
[Authorize(Policy = CmsPolicies.ManageSettings)]
internal sealed class PreviewModel(PreviewOnSite preview) : PageModel
{
    [BindProperty]
    public string? UrlTemplate { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => UrlTemplate = await preview.TemplateAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PreviewOnSite.Problem(UrlTemplate) is { } problem)
        {
            ModelState.AddModelError(nameof(UrlTemplate), problem);
            return Page();
        }

        await preview.SaveTemplateAsync(UrlTemplate, cancellationToken);
        Notice = string.IsNullOrWhiteSpace(UrlTemplate) ? "Preview on site is off: no address is set." : "Saved: editors see \"Preview on site\" on drafts.";
        return RedirectToPage();
    }
}
