using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Content;
using StemStl.Cms.Security;
using StemStl.Workgroups.Membership;

namespace StemStl.Workgroups.Pages.Admin.Workgroups;

/// <summary>One workgroup's chairs and members: add someone by user name, change a role, remove someone.</summary>
internal sealed class MembersModel(MembershipAdmin admin, IUserDirectory users, IContentManager content) : PageModel
{
    [BindProperty]
    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Role { get; set; } = "member";

    [TempData]
    public string? Notice { get; set; }

    public string WorkgroupName { get; private set; } = "";

    public IReadOnlyList<(UserSummary User, WorkgroupRole Role)> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await AccessAsync(id, cancellationToken) ?? await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string id, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var role = MembershipAdmin.ParseRole(Role);
        if (role is null)
        {
            ModelState.AddModelError(nameof(Role), "Choose member or chair.");
        }

        var account = string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByUserNameAsync(UserName.Trim(), cancellationToken);
        if (account is null)
        {
            ModelState.AddModelError(nameof(UserName), string.IsNullOrWhiteSpace(UserName)
                ? "Type the user name of the person to add."
                : $"There is no account named '{UserName.Trim()}'; check the spelling on the users page.");
        }

        if (account is null || role is null)
        {
            return await ShowAsync(id, cancellationToken);
        }

        await admin.SetRoleAsync(id, account.UserId, role.Value, cancellationToken);
        Notice = $"{account.DisplayName} is now a {MembershipAdmin.RoleName(role.Value)} of this workgroup.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, string userId, CancellationToken cancellationToken)
    {
        if (await AccessAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Notice = await admin.RemoveAsync(id, userId, cancellationToken)
            ? "Removed from the workgroup."
            : "That person was no longer in the workgroup.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> AccessAsync(string id, CancellationToken cancellationToken) =>
        await admin.CheckAsync(User, id, cancellationToken) switch
        {
            MembershipAccess.Allowed => null,
            MembershipAccess.NoSuchWorkgroup => NotFound(),
            _ => Forbid(),
        };

    private async Task<IActionResult> ShowAsync(string id, CancellationToken cancellationToken)
    {
        WorkgroupName = (await content.GetAsync(id, VersionOptions.Latest, cancellationToken))?.DisplayText ?? id;
        People = await admin.ListAsync(id, cancellationToken);
        return Page();
    }
}
