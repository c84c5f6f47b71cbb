using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Security.Tokens;

/// <summary>The outcome of a grant: the thing made, or field errors, or a refusal (403) that says why.</summary>
internal sealed record GrantOutcome<T>(T? Value, Dictionary<string, string[]> Errors, string? Refusal)
    where T : class
{
    public static GrantOutcome<T> Invalid(Dictionary<string, string[]> errors) => new(null, errors, null);

    public static GrantOutcome<T> Refused(string refusal) => new(null, [], refusal);

    public static GrantOutcome<T> Made(T value) => new(value, [], null);
}

/// <summary>Creates, lists and revokes API tokens for the REST API and the admin alike; every change is audited.</summary>
internal sealed class ApiTokenStore(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    IContentAuthorizationService authorization,
    IAuditTrail audit,
    TimeProvider clock)
{
    public async Task<GrantOutcome<CreatedApiToken>> CreateAsync(CreateApiTokenRequest request, ClaimsPrincipal creator, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var scopes = (request.Scopes ?? []).SelectMany(ApiTokenScopes.Split).Distinct(StringComparer.Ordinal).ToList();
        var name = request.Name?.Trim() ?? "";
        var errors = await ScopeGrant.ValidateAsync("token", name, scopes, definitions, cancellationToken);
        if (request.ExpiresUtc is { } expires && expires.ToUniversalTime() <= now)
        {
            errors["expiresUtc"] = ["The expiry must be in the future (UTC)."];
        }

        if (ScopeGrant.RateLimitError(request.RateLimitPerMinute) is { } rateError)
        {
            errors["rateLimitPerMinute"] = [rateError];
        }

        if (errors.Count > 0)
        {
            return GrantOutcome<CreatedApiToken>.Invalid(errors);
        }

        // Nobody hands out more than they hold: every permission of every scope must be the creator's own.
        if (await ScopeGrant.ExceedsCreatorAsync("token", creator, scopes, authorization, cancellationToken) is { } refusal)
        {
            return GrantOutcome<CreatedApiToken>.Refused(refusal);
        }

        var (id, value) = ApiTokenSecret.Generate();
        var record = new ApiTokenRecord
        {
            Id = id,
            Name = name,
            Hash = ApiTokenSecret.Hash(value),
            Scopes = string.Join(' ', scopes),
            CreatedBy = creator.FindFirstValue(ClaimTypes.NameIdentifier),
            CreatedUtc = now,
            ExpiresUtc = request.ExpiresUtc?.ToUniversalTime(),
            RateLimitPerMinute = request.RateLimitPerMinute,
        };
        db.ApiTokens.Add(record);
        audit.Record(new AuditEvent("Security", "TokenCreated", Details: new JsonObject
        {
            ["tokenId"] = id,
            ["name"] = name,
            ["scopes"] = record.Scopes,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return GrantOutcome<CreatedApiToken>.Made(new CreatedApiToken(id, name, scopes, now, record.ExpiresUtc, value, record.RateLimitPerMinute));
    }

    public async Task<List<ApiTokenSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedUtc).ToListAsync(cancellationToken);
        return [.. rows.Select(t => new ApiTokenSummary(t.Id, t.Name, ApiTokenScopes.Split(t.Scopes), t.CreatedBy, t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc, t.RateLimitPerMinute))];
    }

    /// <summary>Revokes a token from its next request on; false when no token has the id. Revoking twice changes nothing.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedUtc is null)
        {
            token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            audit.Record(new AuditEvent("Security", "TokenRevoked", Details: new JsonObject { ["tokenId"] = token.Id, ["name"] = token.Name }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
