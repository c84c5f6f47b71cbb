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
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Modules;

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
            return AuthenticateResult.Fail("The bearer token is not a StemStl API token (expected stl_<id>_<secret>).");
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
        return AuthenticateResult.Success(new AuthenticationTicket(BuildPrincipal(token), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, result.Failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{result.Failure.Message.Replace("\"", "'", StringComparison.Ordinal)}\"");
    }

    private ClaimsPrincipal BuildPrincipal(ApiTokenRecord token)
    {
        var identity = new ClaimsIdentity(Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, token.CreatedBy ?? $"token:{token.Id}"));
        identity.AddClaim(new Claim(ClaimTypes.Name, $"token:{token.Name}"));
        identity.AddClaim(new Claim(ApiTokenClaims.TokenIdClaimType, token.Id));
        foreach (var scope in ApiTokenScopes.Split(token.Scopes))
        {
            identity.AddClaim(new Claim(ApiTokenClaims.ScopeClaimType, scope));
        }

        var everything = permissionProviders.SelectMany(p => p.GetPermissions()).Concat(ContentPermissions.All);
        foreach (var name in ApiTokenScopes.ToPermissions(ApiTokenScopes.Split(token.Scopes), everything).Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(Permission.ClaimType, name));
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
