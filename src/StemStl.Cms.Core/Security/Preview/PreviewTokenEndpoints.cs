using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Security.Preview;

/// <summary>A request for a preview token: one item, or every item of one type; minutes default to 15, at most 60.</summary>
internal sealed record CreatePreviewTokenRequest(string? ContentItemId, string? ContentType, int? Minutes);

/// <summary><c>POST /api/preview-tokens</c>: editors who may preview an item (or a type) hand a front end a token for it.</summary>
internal static class PreviewTokenEndpoints
{
    private const int DefaultMinutes = 15;

    public static RouteHandlerBuilder MapPreviewTokenEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/preview-tokens", CreateAsync)
            .WithTags("Preview")
            .WithName("CreatePreviewToken")
            .WithSummary("Creates a short-lived, signed token that lets a front end read drafts of one item or one type.")
            .RequireAuthorization()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<IssuedPreviewToken>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreatePreviewTokenRequest request,
        ClaimsPrincipal user,
        IContentManager content,
        IContentDefinitionManager definitions,
        IContentAuthorizationService authorization,
        IPreviewTokenService tokens,
        CancellationToken cancellationToken)
    {
        var minutes = request.Minutes ?? DefaultMinutes;
        var errors = new Dictionary<string, string[]>();
        if (minutes < 1 || minutes > PreviewTokenClaims.MaxLifetime.TotalMinutes)
        {
            errors["minutes"] = [$"A preview token lives 1 to {PreviewTokenClaims.MaxLifetime.TotalMinutes} minutes."];
        }

        if (string.IsNullOrWhiteSpace(request.ContentItemId) == string.IsNullOrWhiteSpace(request.ContentType))
        {
            errors["contentItemId"] = ["Name either one content item (contentItemId) or one type (contentType)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The preview token request is invalid.");
        }

        PreviewScope scope;
        if (request.ContentItemId is { Length: > 0 } id)
        {
            var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (item is null || !await authorization.AuthorizeAsync(user, ContentPermissions.PreviewContent, item, cancellationToken))
            {
                // Someone who may not preview the item is not told whether it exists.
                return TypedResults.Problem($"No content item '{id}' that you may preview was found.", statusCode: StatusCodes.Status404NotFound);
            }

            scope = new PreviewScope(item.ContentType, item.ContentItemId);
        }
        else
        {
            var type = request.ContentType!.Trim();
            if ((await definitions.GetSnapshotAsync(cancellationToken)).FindType(type) is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contentType"] = [$"There is no content type '{type}'."] });
            }

            if (!await authorization.AuthorizeAsync(user, ContentPermissions.PreviewContent, type, cancellationToken))
            {
                return TypedResults.Problem($"You may not preview every {type} item, so you may not hand out a token for them.", statusCode: StatusCodes.Status403Forbidden);
            }

            scope = new PreviewScope(type, null);
        }

        var createdBy = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return TypedResults.Ok(tokens.Create(scope, createdBy, TimeSpan.FromMinutes(minutes)));
    }
}
