using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Security.Tokens;

/// <summary>Create, list and revoke API tokens: <c>/api/tokens</c>.</summary>
internal static class ApiTokenEndpoints
{
    public static RouteGroupBuilder MapApiTokenEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tokens")
            .WithTags("Tokens")
            .RequireAuthorization(CmsPolicies.ManageApiTokens);
        group.MapPost("/", CreateAsync).WithName("CreateApiToken")
            .WithSummary("Creates a token; its value is in the response this once and never again.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListAsync).WithName("ListApiTokens").WithSummary("Lists tokens without their values.");
        group.MapDelete("/{id}", RevokeAsync).WithName("RevokeApiToken")
            .WithSummary("Revokes a token; it is refused from the next request on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<CreatedApiToken>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateApiTokenRequest request,
        ClaimsPrincipal user,
        CmsDbContext db,
        IContentDefinitionManager definitions,
        IContentAuthorizationService authorization,
        IAuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
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
            return TypedResults.ValidationProblem(errors, title: "The token request is invalid.");
        }

        // Nobody hands out more than they hold: every permission of every scope must be the creator's own.
        if (await ScopeGrant.ExceedsCreatorAsync("token", user, scopes, authorization, cancellationToken) is { } exceeds)
        {
            return exceeds;
        }

        var (id, value) = ApiTokenSecret.Generate();
        var record = new ApiTokenRecord
        {
            Id = id,
            Name = name,
            Hash = ApiTokenSecret.Hash(value),
            Scopes = string.Join(' ', scopes),
            CreatedBy = user.FindFirstValue(ClaimTypes.NameIdentifier),
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
        return TypedResults.Created($"/api/tokens/{id}", new CreatedApiToken(id, name, scopes, now, record.ExpiresUtc, value, record.RateLimitPerMinute));
    }

    private static async Task<Ok<List<ApiTokenSummary>>> ListAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedUtc).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows
            .Select(t => new ApiTokenSummary(t.Id, t.Name, ApiTokenScopes.Split(t.Scopes), t.CreatedBy, t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc, t.RateLimitPerMinute))
            .ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string id,
        CmsDbContext db,
        IAuditTrail audit,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return TypedResults.Problem($"No API token has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Token not found");
        }

        if (token.RevokedUtc is null)
        {
            token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            audit.Record(new AuditEvent("Security", "TokenRevoked", Details: new JsonObject { ["tokenId"] = token.Id, ["name"] = token.Name }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
