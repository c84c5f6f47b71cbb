using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Roles;

/// <summary>The roles with their descriptions and how many users hold each; a form for a new role.</summary>
[Authorize(Policy = CmsPolicies.ManageRoles)]
internal sealed class IndexModel(RoleManager<CmsRole> roles, CmsDbContext db) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<(CmsRole Role, int Users)> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            ModelState.AddModelError(nameof(Name), "A role name is 1 to 64 letters, digits, '-' or '_'.");
        }
        else if (await roles.RoleExistsAsync(name))
        {
            ModelState.AddModelError(nameof(Name), $"A role named '{name}' exists already.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await roles.CreateAsync(new CmsRole { Name = name, Description = Description?.Trim() });
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), string.Join(" ", result.Errors.Select(e => e.Description)));
            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = $"Role {name} created; choose its permissions below.";
        return RedirectToPage("./Edit", new { name });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var counts = await db.UserRoles.GroupBy(r => r.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Roles = [.. (await roles.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken)).Select(r => (r, counts.GetValueOrDefault(r.Id)))];
    }
}
