using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Account;

/// <summary>Changes the signed-in editor's password; messages sit next to the field they are about.</summary>
internal sealed class PasswordModel(EditorSignIn signIn) : PageModel
{
    [BindProperty]
    [Display(Name = "Current password")]
    [DataType(DataType.Password)]
    [Required(ErrorMessage = "Enter your current password.")]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    [Required(ErrorMessage = "Enter a new password.")]
    public string? NewPassword { get; set; }

    [BindProperty]
    [Display(Name = "New password again")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    public string? ConfirmPassword { get; set; }

    public bool Changed { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await signIn.ChangePasswordAsync(User, CurrentPassword, NewPassword, cancellationToken);
        if (errors is null)
        {
            Changed = true;
            return Page();
        }

        foreach (var (key, messages) in errors)
        {
            var field = key switch
            {
                "currentPassword" => nameof(CurrentPassword),
                "newPassword" => nameof(NewPassword),
                _ => string.Empty,
            };
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }

        return Page();
    }
}
