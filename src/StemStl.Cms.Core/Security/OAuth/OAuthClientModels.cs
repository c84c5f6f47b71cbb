namespace StemStl.Cms.Security.OAuth;

/// <summary>Asks for a new OAuth client for an integration.</summary>
/// <param name="Name">A label people recognise, e.g. <c>district-sis-sync</c>.</param>
/// <param name="Scopes">The API-token scopes the client may ask for: <c>content:read</c>, <c>content:preview</c>, <c>content:write:&lt;Type&gt;</c>, …</param>
/// <param name="RateLimitPerMinute">The client's own budget of requests per minute; none means the site's default for tokens.</param>
internal sealed record CreateOAuthClientRequest(string? Name, IReadOnlyList<string>? Scopes, int? RateLimitPerMinute = null);

/// <summary>A client as listed: never its secret.</summary>
internal sealed record OAuthClientSummary(string ClientId, string Name, IReadOnlyList<string> Scopes, int? RateLimitPerMinute);

/// <summary>A client just made. <see cref="ClientSecret"/> is shown this once; only its hash is kept.</summary>
internal sealed record CreatedOAuthClient(string ClientId, string ClientSecret, string Name, IReadOnlyList<string> Scopes, int? RateLimitPerMinute, string TokenEndpoint);
