using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Modules;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StemStl.Cms.Security.Tokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer stl_…</c>. Validity is read from the store on every request, so a revoked
/// token is refused on the very next call; only the last-used stamp is throttled.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    CmsDbContext db,
    TimeProvider clock,
    IEnabled<IPermissionProvider> permissionProviders,
    IAuditTrail audit)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadBearer(Request.Headers.Authorization.ToString(), out var value))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiTokenSecret.HasTokenShape(value))
        {
            return await AuthenticateOAuthAsync();
        }

        var hash = ApiTokenSecret.Hash(value);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null)
        {
            return AuthenticateResult.Fail("The token is unknown.");
        }

        if (token.RevokedUtc is not null)
        {
            return AuthenticateResult.Fail("The token has been revoked.");
        }

        if (token.ExpiresUtc is { } expires && expires <= now)
        {
            return AuthenticateResult.Fail($"The token expired at {expires.ToString("O", CultureInfo.InvariantCulture)}.");
        }

        await TouchAsync(token, now);
        var principal = BuildPrincipal(token.Id, $"token:{token.Name}", token.CreatedBy ?? $"token:{token.Id}", ApiTokenScopes.Split(token.Scopes), token.RateLimitPerMinute);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <summary>
    /// Any other bearer value may be an access token from <c>/connect/token</c>: OpenIddict looks it up, and the client
    /// becomes a token principal like any API token, with <c>oauth:</c> before its client id.
    /// </summary>
    private async Task<AuthenticateResult> AuthenticateOAuthAsync()
    {
        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal.GetClaim(Claims.Subject) is not { Length: > 0 } clientId)
        {
            return AuthenticateResult.Fail("The bearer token is neither a StemStl API token (stl_<id>_<secret>) nor a current access token from /connect/token.");
        }

        var rateLimit = int.TryParse(result.Principal.GetClaim(ApiTokenClaims.RateLimitClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var perMinute) ? perMinute : (int?)null;
        var principal = BuildPrincipal($"oauth:{clientId}", $"client:{result.Principal.GetClaim(Claims.Name) ?? clientId}", $"oauth:{clientId}", [.. result.Principal.GetScopes()], rateLimit);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, result.Failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{result.Failure.Message.Replace("\"", "'", StringComparison.Ordinal)}\"");
    }

    private ClaimsPrincipal BuildPrincipal(string tokenId, string name, string nameIdentifier, IReadOnlyList<string> scopes, int? rateLimitPerMinute)
    {
        var identity = new ClaimsIdentity(Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, nameIdentifier));
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaim(new Claim(ApiTokenClaims.TokenIdClaimType, tokenId));
        if (rateLimitPerMinute is { } perMinute)
        {
            identity.AddClaim(new Claim(ApiTokenClaims.RateLimitClaimType, perMinute.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var scope in scopes)
        {
            identity.AddClaim(new Claim(ApiTokenClaims.ScopeClaimType, scope));
        }

        var everything = permissionProviders.SelectMany(p => p.GetPermissions()).Concat(ContentPermissions.All);
        foreach (var permission in ApiTokenScopes.ToPermissions(scopes, everything).Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(Permission.ClaimType, permission));
        }

        return new ClaimsPrincipal(identity);
    }

    private async Task TouchAsync(ApiTokenRecord token, DateTime now)
    {
        if (token.LastUsedUtc is { } last && now - last < LastUsedResolution)
        {
            return;
        }

        var threshold = now - LastUsedResolution;
        try
        {
            // The condition makes concurrent requests of one token write at most once per minute between them.
            var stamped = await db.ApiTokens
                .Where(t => t.Id == token.Id && (t.LastUsedUtc == null || t.LastUsedUtc < threshold))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), Context.RequestAborted);

            // Token use reaches the audit trail at the same pace as the last-used stamp: its id and name, never its value.
            if (stamped == 1)
            {
                audit.Record(new AuditEvent("Security", "TokenUsed", Details: new JsonObject
                {
                    ["tokenId"] = token.Id,
                    ["tokenName"] = token.Name,
                    ["path"] = Request.Path.Value,
                    ["ip"] = Context.Connection.RemoteIpAddress?.ToString(),
                }));
                await db.SaveChangesAsync(Context.RequestAborted);
            }
        }
        catch (DbException exception)
        {
            // A busy store must not turn a valid token away; the stamp is informational.
            Logger.LogWarning(exception, "Could not record the last use of API token {TokenId}.", token.Id);
        }
    }

    private static bool TryReadBearer(string header, out string value)
    {
        const string Bearer = "Bearer ";
        if (header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            value = header[Bearer.Length..].Trim();
            return value.Length > 0;
        }

        value = "";
        return false;
    }
}
