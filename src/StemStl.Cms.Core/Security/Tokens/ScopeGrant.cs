using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Security.Tokens;

/// <summary>
/// The checks every grant of scopes goes through, whether it becomes an API token or an OAuth client: a name, scopes
/// that exist, and no scope that carries a permission its creator does not hold.
/// </summary>
internal static class ScopeGrant
{
    public const int MaxNameLength = 128;
    public const int MaxRateLimitPerMinute = 1_000_000;

    /// <summary>Why a token's own rate limit is unusable, or null when it is absent or within 1 to 1,000,000.</summary>
    public static string? RateLimitError(int? perMinute) => perMinute is < 1 or > MaxRateLimitPerMinute
        ? $"rateLimitPerMinute must be between 1 and {MaxRateLimitPerMinute:N0}, or left out for the site's default."
        : null;

    /// <summary>The name and scope errors keyed by request field; empty when both are fine.</summary>
    public static async Task<Dictionary<string, string[]>> ValidateAsync(
        string kind, string name, IReadOnlyList<string> scopes, IContentDefinitionManager definitions, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (name.Length is 0 or > MaxNameLength)
        {
            errors["name"] = [$"Give the {kind} a name of 1 to {MaxNameLength} characters."];
        }

        var scopeErrors = ApiTokenScopes.Validate(scopes, await definitions.GetSnapshotAsync(cancellationToken));
        if (scopeErrors.Count > 0)
        {
            errors["scopes"] = [.. scopeErrors];
        }

        return errors;
    }

    /// <summary>Why the grant is refused: the first scope that carries a permission <paramref name="creator"/> lacks; or null.</summary>
    public static async Task<string?> ExceedsCreatorAsync(
        string kind, ClaimsPrincipal creator, IReadOnlyList<string> scopes, IContentAuthorizationService authorization, CancellationToken cancellationToken)
    {
        foreach (var scope in scopes)
        {
            foreach (var permission in ApiTokenScopes.ToPermissions([scope], EnginePermissions.All.Concat(ContentPermissions.All)))
            {
                if (!await authorization.AuthorizeAsync(creator, permission, cancellationToken))
                {
                    return $"Scope '{scope}' grants '{permission.Name}', which you do not hold; a {kind} cannot carry more rights than its creator.";
                }
            }
        }

        return null;
    }

    /// <summary>The 403 for a refused grant.</summary>
    public static ProblemHttpResult Forbidden(string refusal) =>
        TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: "Scope exceeds your permissions");
}
