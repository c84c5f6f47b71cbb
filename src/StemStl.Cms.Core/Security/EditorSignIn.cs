using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>How an editor's sign-in ended.</summary>
internal enum SignInOutcome
{
    SignedIn,
    MissingCredentials,
    WrongCredentials,
    LockedOut,
    NotAllowed,
    Throttled,
}

/// <summary>The outcome, the message a person reads, and the principal when it succeeded.</summary>
internal sealed record EditorSignInResult(SignInOutcome Outcome, string Message, ClaimsPrincipal? Principal = null, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Outcome == SignInOutcome.SignedIn;
}

/// <summary>
/// The editors' cookie sign-in and sign-out, shared by <c>/api/account</c> and the admin's sign-in page so both
/// lock out, audit and word their refusals the same way.
/// </summary>
internal sealed class EditorSignIn(
    SignInManager<CmsUser> signIn,
    IAuditTrail audit,
    CmsDbContext db,
    TimeProvider clock,
    SignInThrottle throttle,
    IHttpContextAccessor http)
{
    public const string WrongCredentialsMessage = "The user name (or e-mail) or the password is wrong.";

    public async Task<EditorSignInResult> SignInAsync(string? login, string? password, bool persistent, CancellationToken cancellationToken)
    {
        login = login?.Trim();
        if (string.IsNullOrEmpty(login) || string.IsNullOrEmpty(password))
        {
            return new(SignInOutcome.MissingCredentials, "Enter a user name (or e-mail) and a password.");
        }

        var ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.TryAcquire(ip, login) is { } wait)
        {
            await RecordAsync("SignInThrottled", null, login, $"rate limit from {ip}", cancellationToken);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            return new(SignInOutcome.Throttled, $"Too many sign-in attempts; try again in {seconds} second(s).", RetryAfter: TimeSpan.FromSeconds(seconds));
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(login) ?? await users.FindByEmailAsync(login);
        if (user is null)
        {
            await RecordAsync("SignInFailed", null, login, "unknown user", cancellationToken);
            return new(SignInOutcome.WrongCredentials, WrongCredentialsMessage);
        }

        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await RecordAsync("SignedIn", user.Id, user.UserName, null, cancellationToken);
            return new(SignInOutcome.SignedIn, "Signed in.", await signIn.CreateUserPrincipalAsync(user));
        }

        if (result.IsLockedOut)
        {
            await RecordAsync("SignInFailed", user.Id, user.UserName, "locked out", cancellationToken);
            var until = await users.GetLockoutEndDateAsync(user);
            var minutes = until is null ? 15 : Math.Max(1, (int)Math.Ceiling((until.Value - clock.GetUtcNow()).TotalMinutes));
            return new(SignInOutcome.LockedOut,
                $"The account is locked after too many failed sign-ins. Try again in {minutes} minute(s), or ask an administrator to unlock it.");
        }

        await RecordAsync("SignInFailed", user.Id, user.UserName, result.IsNotAllowed ? "not allowed" : "wrong password", cancellationToken);
        return result.IsNotAllowed
            ? new(SignInOutcome.NotAllowed, "This account may not sign in (it is not confirmed or has been disabled).")
            : new(SignInOutcome.WrongCredentials, WrongCredentialsMessage);
    }

    /// <summary>Ends a signed-in user's cookie session; API tokens and anonymous callers have none.</summary>
    public async Task SignOutAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || Tokens.ApiTokenClaims.IsToken(user))
        {
            return;
        }

        await signIn.SignOutAsync();
        await RecordAsync("SignedOut", user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name, null, cancellationToken);
    }

    /// <summary>
    /// Changes the signed-in user's password and refreshes their cookie. Returns null on success, else messages keyed
    /// by <c>currentPassword</c> or <c>newPassword</c>; the key "" means the user no longer exists.
    /// </summary>
    public async Task<Dictionary<string, string[]>?> ChangePasswordAsync(ClaimsPrincipal principal, string? current, string? next, CancellationToken cancellationToken)
    {
        var user = await signIn.UserManager.GetUserAsync(principal);
        if (user is null)
        {
            return new() { [""] = ["The signed-in user no longer exists; sign in again."] };
        }

        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next))
        {
            return new() { [string.IsNullOrEmpty(current) ? "currentPassword" : "newPassword"] = ["Enter both the current and the new password."] };
        }

        var result = await signIn.UserManager.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            return result.Errors
                .GroupBy(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        }

        await signIn.RefreshSignInAsync(user);
        await RecordAsync("PasswordChanged", user.Id, user.UserName, null, cancellationToken);
        return null;
    }

    // Sign-in happens before there is a user on the request, so the subject goes into the details.
    private async Task RecordAsync(string action, string? userId, string? userName, string? reason, CancellationToken cancellationToken)
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
