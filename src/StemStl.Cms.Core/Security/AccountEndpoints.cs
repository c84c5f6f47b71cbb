using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Security;

/// <summary>The editors' cookie sign-in: <c>/api/account</c>.</summary>
internal static class AccountEndpoints
{
    private const string WrongCredentials = "The user name (or e-mail) or the password is wrong.";

    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/signin", SignInAsync).WithName("SignIn")
            .WithSummary("Signs an editor in with a user name or e-mail and a password; sets the session cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status423Locked);
        group.MapPost("/signout", SignOutAsync).WithName("SignOut").WithSummary("Ends the cookie session.");
        group.MapGet("/me", Me).WithName("GetCurrentAccount").RequireAuthorization()
            .WithSummary("The signed-in user (or API token) with roles and permissions.");
        group.MapPost("/change-password", ChangePasswordAsync).WithName("ChangePassword").RequireAuthorization()
            .WithSummary("Changes the signed-in user's password.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> SignInAsync(
        SignInRequest request,
        SignInManager<CmsUser> signIn,
        IAuditTrail audit,
        CmsDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var login = (request.UserName ?? request.Email)?.Trim();
        if (string.IsNullOrEmpty(login) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("Send {\"userName\": \"…\", \"password\": \"…\"}; userName may also be the e-mail address.",
                statusCode: StatusCodes.Status400BadRequest, title: "User name and password are required");
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login);
        if (user is null)
        {
            await RecordAsync(audit, db, "SignInFailed", null, login, "unknown user", cancellationToken);
            return Unauthorized(WrongCredentials);
        }

        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await RecordAsync(audit, db, "SignedIn", user.Id, user.UserName, null, cancellationToken);
            var principal = await signIn.CreateUserPrincipalAsync(user);
            return TypedResults.Ok(View(principal));
        }

        if (result.IsLockedOut)
        {
            await RecordAsync(audit, db, "SignInFailed", user.Id, user.UserName, "locked out", cancellationToken);
            var until = await users.GetLockoutEndDateAsync(user);
            var minutes = until is null ? 15 : Math.Max(1, (int)Math.Ceiling((until.Value - clock.GetUtcNow()).TotalMinutes));
            return TypedResults.Problem(
                $"The account is locked after too many failed sign-ins. Try again in {minutes} minute(s), or ask an administrator to unlock it.",
                statusCode: StatusCodes.Status423Locked, title: "Account locked");
        }

        await RecordAsync(audit, db, "SignInFailed", user.Id, user.UserName, result.IsNotAllowed ? "not allowed" : "wrong password", cancellationToken);
        return Unauthorized(result.IsNotAllowed ? "This account may not sign in (it is not confirmed or has been disabled)." : WrongCredentials);
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context, SignInManager<CmsUser> signIn, IAuditTrail audit, CmsDbContext db, CancellationToken cancellationToken)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && !ApiTokenClaims.IsToken(user))
        {
            await signIn.SignOutAsync();
            await RecordAsync(audit, db, "SignedOut", user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name, null, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static Ok<AccountView> Me(ClaimsPrincipal user) => TypedResults.Ok(View(user));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request,
        ClaimsPrincipal principal,
        SignInManager<CmsUser> signIn,
        IAuditTrail audit,
        CmsDbContext db,
        CancellationToken cancellationToken)
    {
        if (ApiTokenClaims.IsToken(principal))
        {
            return TypedResults.Problem("API tokens act for integrations, not people; sign in with the account to change its password.",
                statusCode: StatusCodes.Status403Forbidden, title: "Not available to API tokens");
        }

        var user = await signIn.UserManager.GetUserAsync(principal);
        if (user is null)
        {
            return Unauthorized("The signed-in user no longer exists; sign in again.");
        }

        if (string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [string.IsNullOrEmpty(request.CurrentPassword) ? "currentPassword" : "newPassword"] = ["Send both currentPassword and newPassword."],
            });
        }

        var result = await signIn.UserManager.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            var errors = result.Errors
                .GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The password was not changed.");
        }

        await signIn.RefreshSignInAsync(user);
        await RecordAsync(audit, db, "PasswordChanged", user.Id, user.UserName, null, cancellationToken);
        return TypedResults.NoContent();
    }

    private static AccountView View(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.Identity?.Name,
        user.FindFirstValue(ClaimTypes.Email),
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)],
        [.. user.FindAll(Permission.ClaimType).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        user.FindFirstValue(ApiTokenClaims.TokenIdClaimType));

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");

    // Sign-in happens before there is a user on the request, so the subject goes into the details.
    private static async Task RecordAsync(IAuditTrail audit, CmsDbContext db, string action, string? userId, string? userName, string? reason, CancellationToken cancellationToken)
    {
        var details = new JsonObject { ["userId"] = userId, ["userName"] = userName };
        if (reason is not null)
        {
            details["reason"] = reason;
        }

        audit.Record(new AuditEvent("Security", action, Details: details));
        await db.SaveChangesAsync(cancellationToken);
    }
}
