using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StemStl.Cms.Security.OAuth;

/// <summary>
/// Create, list and delete OAuth clients: <c>/api/oauth-clients</c>, for the same people who manage API tokens. A
/// client may ask <c>/connect/token</c> for the scopes it was given and no others.
/// </summary>
internal static class OAuthClientEndpoints
{
    private const string RateLimitProperty = "stl_rate_limit";

    public static RouteGroupBuilder MapOAuthClientEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/oauth-clients")
            .WithTags("OAuth")
            .RequireAuthorization(CmsPolicies.ManageApiTokens);
        group.MapPost("/", CreateAsync).WithName("CreateOAuthClient")
            .WithSummary("Registers a client for the client-credentials flow; its secret is in the response this once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListAsync).WithName("ListOAuthClients").WithSummary("Lists clients without their secrets.");
        group.MapDelete("/{clientId}", DeleteAsync).WithName("DeleteOAuthClient")
            .WithSummary("Deletes a client and every token it holds; they are refused from the next request on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<CreatedOAuthClient>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateOAuthClientRequest request,
        ClaimsPrincipal user,
        IOpenIddictApplicationManager applications,
        IContentDefinitionManager definitions,
        IContentAuthorizationService authorization,
        IAuditTrail audit,
        CmsDbContext db,
        CancellationToken cancellationToken)
    {
        var scopes = (request.Scopes ?? []).SelectMany(ApiTokenScopes.Split).Distinct(StringComparer.Ordinal).ToList();
        var name = request.Name?.Trim() ?? "";
        var errors = await ScopeGrant.ValidateAsync("client", name, scopes, definitions, cancellationToken);
        if (scopes.Count == 0)
        {
            errors["scopes"] = ["Give the client at least one scope, e.g. content:read."];
        }

        if (ScopeGrant.RateLimitError(request.RateLimitPerMinute) is { } rateError)
        {
            errors["rateLimitPerMinute"] = [rateError];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The client request is invalid.");
        }

        if (await ScopeGrant.ExceedsCreatorAsync("client", user, scopes, authorization, cancellationToken) is { } exceeds)
        {
            return exceeds;
        }

        var clientId = "stl-client-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        descriptor.Permissions.UnionWith(scopes.Select(s => Permissions.Prefixes.Scope + s));
        if (request.RateLimitPerMinute is { } perMinute)
        {
            descriptor.Properties[RateLimitProperty] = JsonSerializer.SerializeToElement(perMinute);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
        audit.Record(new AuditEvent("Security", "OAuthClientCreated", Details: new JsonObject
        {
            ["clientId"] = clientId,
            ["name"] = name,
            ["scopes"] = string.Join(' ', scopes),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/oauth-clients/{clientId}",
            new CreatedOAuthClient(clientId, secret, name, scopes, request.RateLimitPerMinute, OAuthServiceCollectionExtensions.TokenPath));
    }

    private static async Task<Ok<List<OAuthClientSummary>>> ListAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var clients = new List<OAuthClientSummary>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            clients.Add(await SummaryAsync(applications, application, cancellationToken));
        }

        return TypedResults.Ok(clients.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string clientId,
        IOpenIddictApplicationManager applications,
        IAuditTrail audit,
        CmsDbContext db,
        CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return TypedResults.Problem($"No OAuth client has the id '{clientId}'.", statusCode: StatusCodes.Status404NotFound, title: "Client not found");
        }

        // The store deletes the client's tokens with it; reference tokens are looked up on every request, so they stop now.
        await applications.DeleteAsync(application, cancellationToken);
        audit.Record(new AuditEvent("Security", "OAuthClientDeleted", Details: new JsonObject { ["clientId"] = clientId }));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static async Task<OAuthClientSummary> SummaryAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        int? rateLimit = properties.TryGetValue(RateLimitProperty, out var stored) && stored.ValueKind == JsonValueKind.Number ? stored.GetInt32() : null;
        return new OAuthClientSummary(
            await applications.GetClientIdAsync(application, cancellationToken) ?? "",
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..])],
            rateLimit);
    }
}
