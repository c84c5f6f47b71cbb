using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin;

/// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign an editor out.</summary>
internal sealed class SignOutModel(EditorSignIn signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(User, cancellationToken);
        return LocalRedirect("/admin/login");
    }
}
