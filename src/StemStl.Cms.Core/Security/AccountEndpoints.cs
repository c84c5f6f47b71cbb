using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Security;

/// <summary>The editors' cookie sign-in: <c>/api/account</c>.</summary>
internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/signin", SignInAsync).WithName("SignIn")
            .WithSummary("Signs an editor in with a user name or e-mail and a password; sets the session cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status423Locked)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/signout", SignOutAsync).WithName("SignOut").WithSummary("Ends the cookie session.");
        group.MapGet("/me", Me).WithName("GetCurrentAccount").RequireAuthorization()
            .WithSummary("The signed-in user (or API token) with roles and permissions.");
        group.MapPost("/change-password", ChangePasswordAsync).WithName("ChangePassword").RequireAuthorization()
            .WithSummary("Changes the signed-in user's password.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> SignInAsync(
        SignInRequest request, EditorSignIn signIn, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(request.UserName ?? request.Email, request.Password, persistent: false, cancellationToken);
        return result.Outcome switch
        {
            SignInOutcome.SignedIn => TypedResults.Ok(View(result.Principal!)),
            SignInOutcome.MissingCredentials => TypedResults.Problem("Send {\"userName\": \"…\", \"password\": \"…\"}; userName may also be the e-mail address.",
                statusCode: StatusCodes.Status400BadRequest, title: "User name and password are required"),
            SignInOutcome.LockedOut => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status423Locked, title: "Account locked"),
            SignInOutcome.Throttled => Throttled(response, result),
            _ => Unauthorized(result.Message),
        };
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context, EditorSignIn signIn, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync(context.User, cancellationToken);
        return TypedResults.NoContent();
    }

    private static Ok<AccountView> Me(ClaimsPrincipal user) => TypedResults.Ok(View(user));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request,
        ClaimsPrincipal principal,
        EditorSignIn signIn,
        CancellationToken cancellationToken)
    {
        if (ApiTokenClaims.IsToken(principal))
        {
            return TypedResults.Problem("API tokens act for integrations, not people; sign in with the account to change its password.",
                statusCode: StatusCodes.Status403Forbidden, title: "Not available to API tokens");
        }

        var errors = await signIn.ChangePasswordAsync(principal, request.CurrentPassword, request.NewPassword, cancellationToken);
        if (errors is null)
        {
            return TypedResults.NoContent();
        }

        return errors.TryGetValue("", out var gone)
            ? Unauthorized(gone[0])
            : TypedResults.ValidationProblem(errors, title: "The password was not changed.");
    }

    private static AccountView View(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.Identity?.Name,
        user.FindFirstValue(ClaimTypes.Email),
        [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)],
        [.. user.FindAll(Permission.ClaimType).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        user.FindFirstValue(ApiTokenClaims.TokenIdClaimType));

    private static ProblemHttpResult Throttled(HttpResponse response, EditorSignInResult result)
    {
        response.Headers.RetryAfter = ((int)result.RetryAfter!.Value.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many sign-in attempts");
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
}
