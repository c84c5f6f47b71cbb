using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Users;

/// <summary>One account: its roles (changing them ends the user's sessions), unlocking, and deleting.</summary>
[Authorize(Policy = CmsPolicies.ManageUsers)]
internal sealed class EditModel(UserManager<CmsUser> users, RoleManager<CmsRole> roles, UserRoles userRoles) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public CmsUser Account { get; private set; } = null!;

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public IReadOnlySet<string> Current { get; private set; } = new HashSet<string>();

    public bool IsSelf => Account.Id == users.GetUserId(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRolesAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (IsSelf && Current.Contains(CmsRoles.Administrator) && !Roles.Contains(CmsRoles.Administrator))
        {
            ModelState.AddModelError(string.Empty, "You cannot take the Administrator role from yourself; ask another administrator.");
            return Page();
        }

        var errors = await userRoles.SetAsync(Account, Roles, cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddModelError(string.Empty, string.Join(" ", errors));
            return Page();
        }

        Notice = "Roles saved. The user's open sessions have ended; they sign in again with the new roles.";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        Notice = "Account unlocked.";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError(string.Empty, "You cannot delete your own account.");
            return Page();
        }

        await users.DeleteAsync(Account);
        TempData["Notice"] = $"Account {Account.UserName} deleted.";
        return RedirectToPage("./Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(Id) is not { } account)
        {
            return false;
        }

        Account = account;
        Current = (await users.GetRolesAsync(account)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        AllRoles = await roles.Roles.Where(r => r.Name != CmsRoles.Anonymous && r.Name != CmsRoles.Authenticated).OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(cancellationToken);
        return true;
    }
}
