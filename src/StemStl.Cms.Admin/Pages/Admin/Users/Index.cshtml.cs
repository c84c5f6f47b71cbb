using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Users;

/// <summary>The users, searchable by name or e-mail, and a form for a new account with its roles.</summary>
[Authorize(Policy = CmsPolicies.ManageUsers)]
internal sealed class IndexModel(UserManager<CmsUser> users, RoleManager<CmsRole> roles, UserRoles userRoles, TimeProvider clock) : PageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<CmsUser> Users { get; private set; } = [];

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = new CmsUser { UserName = UserName?.Trim(), Email = Email?.Trim(), EmailConfirmed = true, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var created = string.IsNullOrEmpty(Password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordRequired", Description = "Enter a first password for the account." })
            : await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password)
                    : error.Code.Contains("Email", StringComparison.Ordinal) ? nameof(Email) : nameof(UserName), error.Description);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        var roleErrors = await userRoles.SetAsync(user, Roles, cancellationToken);
        Notice = roleErrors.Count == 0 ? $"Account {user.UserName} created." : $"Account {user.UserName} created, but: {string.Join(" ", roleErrors)}";
        return RedirectToPage("./Edit", new { id = user.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var normalized = Search.Trim().ToUpperInvariant();
#pragma warning disable CA1307, CA1310 // Translated to SQL; the normalized columns are upper-case already.
            query = query.Where(u => u.NormalizedUserName!.Contains(normalized) || u.NormalizedEmail!.Contains(normalized));
#pragma warning restore CA1307, CA1310
        }

        Users = await query.OrderBy(u => u.UserName).Take(PageSize).ToListAsync(cancellationToken);
        AllRoles = await roles.Roles.Where(r => r.Name != CmsRoles.Anonymous && r.Name != CmsRoles.Authenticated).OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(cancellationToken);
    }
}
