using System.Security.Claims;

namespace StemStl.Cms.Security.Tokens;

/// <summary>Names of the API-token scheme and of the claims a token principal carries.</summary>
public static class ApiTokenClaims
{
    /// <summary>The authentication scheme that reads <c>Authorization: Bearer stl_…</c>.</summary>
    public const string AuthenticationScheme = "Bearer";

    /// <summary>The id of the token a principal was built from.</summary>
    public const string TokenIdClaimType = "token_id";

    /// <summary>One claim per scope the token carries (<c>content:read</c>, <c>admin</c>, …).</summary>
    public const string ScopeClaimType = "scope";

    /// <summary>The token's own requests per minute, when it has one; the rate limiter reads it.</summary>
    public const string RateLimitClaimType = "rate_limit";

    /// <summary>Whether the principal was authenticated by an API token rather than a user sign-in.</summary>
    public static bool IsToken(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(c => c.Type == TokenIdClaimType);
    }
}
