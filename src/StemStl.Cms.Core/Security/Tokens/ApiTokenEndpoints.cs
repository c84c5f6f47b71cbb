using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

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
        group.MapGet("/", async (ApiTokenStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.ListAsync(cancellationToken)))
            .WithName("ListApiTokens").WithSummary("Lists tokens without their values.");
        group.MapDelete("/{id}", RevokeAsync).WithName("RevokeApiToken")
            .WithSummary("Revokes a token; it is refused from the next request on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Created<CreatedApiToken>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateApiTokenRequest request, ClaimsPrincipal user, ApiTokenStore store, CancellationToken cancellationToken)
    {
        var outcome = await store.CreateAsync(request, user, cancellationToken);
        return outcome switch
        {
            { Value: { } token } => TypedResults.Created($"/api/tokens/{token.Id}", token),
            { Refusal: { } refusal } => ScopeGrant.Forbidden(refusal),
            _ => TypedResults.ValidationProblem(outcome.Errors, title: "The token request is invalid."),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string id, ApiTokenStore store, CancellationToken cancellationToken) =>
        await store.RevokeAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem($"No API token has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Token not found");
}
