namespace StemStl.Cms.Security.Tokens;

/// <summary>Asks for a new API token.</summary>
/// <param name="Name">A label people recognise, e.g. <c>educator-portal</c>.</param>
/// <param name="Scopes"><c>content:read</c>, <c>content:preview</c>, <c>content:write:&lt;Type&gt;</c>, <c>content:write:*</c> or <c>admin</c>.</param>
/// <param name="ExpiresUtc">When the token stops working; none means it works until revoked.</param>
/// <param name="RateLimitPerMinute">This token's own budget of requests per minute; none means the site's default.</param>
internal sealed record CreateApiTokenRequest(string? Name, IReadOnlyList<string>? Scopes, DateTime? ExpiresUtc, int? RateLimitPerMinute = null);

/// <summary>A token as listed: never its value.</summary>
internal sealed record ApiTokenSummary(
    string Id,
    string Name,
    IReadOnlyList<string> Scopes,
    string? CreatedBy,
    DateTime CreatedUtc,
    DateTime? ExpiresUtc,
    DateTime? RevokedUtc,
    DateTime? LastUsedUtc,
    int? RateLimitPerMinute);

/// <summary>A token just made. <see cref="Token"/> is shown this once and cannot be read again.</summary>
internal sealed record CreatedApiToken(
    string Id,
    string Name,
    IReadOnlyList<string> Scopes,
    DateTime CreatedUtc,
    DateTime? ExpiresUtc,
    string Token,
    int? RateLimitPerMinute);
