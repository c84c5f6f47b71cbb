using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StemStl.Cms.Security.OAuth;

/// <summary>Registers, lists and deletes OAuth clients for the REST API and the admin alike; every change is audited.</summary>
internal sealed class OAuthClientStore(
    IOpenIddictApplicationManager applications,
    IContentDefinitionManager definitions,
    IContentAuthorizationService authorization,
    IAuditTrail audit,
    CmsDbContext db)
{
    private const string RateLimitProperty = "stl_rate_limit";

    public async Task<GrantOutcome<CreatedOAuthClient>> CreateAsync(CreateOAuthClientRequest request, ClaimsPrincipal creator, CancellationToken cancellationToken)
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
            return GrantOutcome<CreatedOAuthClient>.Invalid(errors);
        }

        if (await ScopeGrant.ExceedsCreatorAsync("client", creator, scopes, authorization, cancellationToken) is { } refusal)
        {
            return GrantOutcome<CreatedOAuthClient>.Refused(refusal);
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
        return GrantOutcome<CreatedOAuthClient>.Made(
            new CreatedOAuthClient(clientId, secret, name, scopes, request.RateLimitPerMinute, OAuthServiceCollectionExtensions.TokenPath));
    }

    public async Task<List<OAuthClientSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var clients = new List<OAuthClientSummary>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            clients.Add(await SummaryAsync(application, cancellationToken));
        }

        return [.. clients.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The client with this id, or null.</summary>
    public async Task<OAuthClientSummary?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application ? await SummaryAsync(application, cancellationToken) : null;

    /// <summary>Deletes a client with every token it holds; false when no client has the id.</summary>
    public async Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        // The store deletes the client's tokens with it; reference tokens are looked up on every request, so they stop now.
        await applications.DeleteAsync(application, cancellationToken);
        audit.Record(new AuditEvent("Security", "OAuthClientDeleted", Details: new JsonObject { ["clientId"] = clientId }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<OAuthClientSummary> SummaryAsync(object application, CancellationToken cancellationToken)
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
