using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Security.OAuth;

/// <summary>
/// Create, list and delete OAuth clients: <c>/api/oauth-clients</c>, for the same people who manage API tokens. A
/// client may ask <c>/connect/token</c> for the scopes it was given and no others.
/// </summary>
internal static class OAuthClientEndpoints
{
    public static RouteGroupBuilder MapOAuthClientEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/oauth-clients")
            .WithTags("OAuth")
            .RequireAuthorization(CmsPolicies.ManageApiTokens);
        group.MapPost("/", CreateAsync).WithName("CreateOAuthClient")
            .WithSummary("Registers a client for the client-credentials flow; its secret is in the response this once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", async (OAuthClientStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.ListAsync(cancellationToken)))
            .WithName("ListOAuthClients").WithSummary("Lists clients without their secrets.");
        group.MapDelete("/{clientId}", DeleteAsync).WithName("DeleteOAuthClient")
            .WithSummary("Deletes a client and every token it holds; they are refused from the next request on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<CreatedOAuthClient>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateOAuthClientRequest request, ClaimsPrincipal user, OAuthClientStore store, CancellationToken cancellationToken)
    {
        var outcome = await store.CreateAsync(request, user, cancellationToken);
        return outcome switch
        {
            { Value: { } client } => TypedResults.Created($"/api/oauth-clients/{client.ClientId}", client),
            { Refusal: { } refusal } => ScopeGrant.Forbidden(refusal),
            _ => TypedResults.ValidationProblem(outcome.Errors, title: "The client request is invalid."),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string clientId, OAuthClientStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(clientId, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"No OAuth client has the id '{clientId}'.", statusCode: StatusCodes.Status404NotFound, title: "Client not found");
}
