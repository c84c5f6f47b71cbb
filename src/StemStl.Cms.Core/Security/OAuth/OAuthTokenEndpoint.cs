using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Security.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StemStl.Cms.Security.OAuth;

/// <summary>
/// <c>POST /connect/token</c> with <c>grant_type=client_credentials</c>. OpenIddict has already checked the client's
/// secret, the grant type and that every requested scope is one of the client's; this issues the token. A client that
/// names no scope gets all of its own.
/// </summary>
internal static class OAuthTokenEndpoint
{
    public const string RateLimitPolicy = "oauth-token";

    public static IEndpointConventionBuilder MapOAuthTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(OAuthServiceCollectionExtensions.TokenPath, IssueAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .WithTags("OAuth")
            .WithName("IssueOAuthToken")
            .WithSummary("OAuth2 client credentials: form fields grant_type, client_id, client_secret and optional scope.");

    private static async Task<IResult> IssueAsync(HttpContext http, OAuthClientStore clients, IAuditTrail audit, CmsDbContext db)
    {
        var cancellationToken = http.RequestAborted;
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server did not handle this token request.");
        var client = await clients.FindAsync(request.ClientId ?? "", cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict authenticated a client the store no longer has.");
        var scopes = request.GetScopes() is { Length: > 0 } asked ? [.. asked] : client.Scopes;

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.Name);
        identity.SetScopes(scopes);
        if (client.RateLimitPerMinute is { } perMinute)
        {
            identity.SetClaim(ApiTokenClaims.RateLimitClaimType, perMinute);
        }

        identity.SetDestinations(_ => [Destinations.AccessToken]);

        audit.Record(new AuditEvent("Security", "OAuthTokenIssued", Details: new JsonObject
        {
            ["clientId"] = client.ClientId,
            ["scopes"] = string.Join(' ', scopes),
            ["ip"] = http.Connection.RemoteIpAddress?.ToString(),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
