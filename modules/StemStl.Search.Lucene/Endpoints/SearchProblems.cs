using Microsoft.AspNetCore.Http;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Search.Lucene.Endpoints;

/// <summary>The ProblemDetails every search endpoint answers with, so refusals read the same everywhere.</summary>
internal static class SearchProblems
{
    /// <summary>400 naming the parameter to fix, or 404 for an index this node does not have.</summary>
    public static IResult From(SearchRequestException refusal) => TypedResults.Problem(
        detail: refusal.Message,
        statusCode: refusal.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
        title: refusal.NotFound ? "No such search index" : "The search could not run as asked",
        extensions: new Dictionary<string, object?> { ["parameter"] = refusal.Parameter });

    /// <summary>403 for an index the caller may not query; it names the permission to ask for.</summary>
    public static IResult From(SearchForbiddenException refusal) => TypedResults.Problem(
        detail: refusal.Message,
        statusCode: StatusCodes.Status403Forbidden,
        title: "Not allowed",
        extensions: new Dictionary<string, object?> { ["parameter"] = "index" });

    /// <summary>403 for a permission that is not about one item (so not a 404 that hides it).</summary>
    public static async Task<IResult?> UnlessAllowedAsync(HttpContext http, IContentAuthorizationService authorization, Permission permission, string action, CancellationToken cancellationToken) =>
        await authorization.AuthorizeAsync(http.User, permission, cancellationToken)
            ? null
            : TypedResults.Problem(
                detail: $"{action} needs the {permission.Name} permission; ask an administrator to grant it.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not allowed");
}
