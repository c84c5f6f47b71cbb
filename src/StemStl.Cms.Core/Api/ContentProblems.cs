using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using StemStl.Cms.Content;

namespace StemStl.Cms.Api;

/// <summary>The content API's errors, all ProblemDetails, each saying what was wrong and what to do.</summary>
internal static class ContentProblems
{
    public static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        $"There is no content item '{id}' in the requested state that you may see.",
        statusCode: StatusCodes.Status404NotFound, title: "Content item not found");

    public static ProblemHttpResult Forbidden(string action, string contentType) => TypedResults.Problem(
        $"You may not {action} items of type '{contentType}'. Ask an administrator for the permission, or use a token with a scope that grants it.",
        statusCode: StatusCodes.Status403Forbidden, title: "Permission denied");

    public static ProblemHttpResult BadRequest(string title, string detail, string? path = null)
    {
        var extensions = path is null ? null : new Dictionary<string, object?> { ["path"] = path };
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: extensions);
    }

    public static ProblemHttpResult Malformed(MalformedBody body)
    {
        var extensions = new Dictionary<string, object?>();
        if (body.Path is not null)
        {
            extensions["path"] = body.Path;
        }

        if (body.Line is not null)
        {
            extensions["line"] = body.Line;
            extensions["column"] = body.Column;
        }

        return TypedResults.Problem(body.Detail, statusCode: StatusCodes.Status400BadRequest, title: "The request body could not be read", extensions: extensions);
    }

    /// <summary>Errors keyed by field path (<c>Article.Body</c>), with a stable code per message under <c>codes</c>.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<ContentValidationError> errors)
    {
        var byPath = errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToList();
        var problem = new HttpValidationProblemDetails(
            byPath.ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The content item is invalid",
            Detail = "The content item breaks the rules listed under 'errors' (keyed by field path); nothing was saved.",
        };
        problem.Extensions["codes"] = byPath.ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray(), StringComparer.Ordinal);
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Conflict(string id, string? sentVersionId, string? latestVersionId) => TypedResults.Problem(
        $"Version '{sentVersionId}' is not the latest version of content item '{id}'; the latest is '{latestVersionId}'. " +
        "Nothing was saved. Fetch the item with ?status=latest, apply your change to it and send it with that ContentItemVersionId.",
        statusCode: StatusCodes.Status409Conflict,
        title: "The item changed since it was read",
        extensions: new Dictionary<string, object?> { ["latestVersionId"] = latestVersionId });

    public static ProblemHttpResult NotApplicable(string id, IReadOnlyList<ContentValidationError> errors) => TypedResults.Problem(
        errors.Count > 0 ? string.Join(" ", errors.Select(e => e.Message)) : $"The operation does not apply to content item '{id}' in its current state.",
        statusCode: StatusCodes.Status409Conflict,
        title: "Not applicable in the item's current state");

    /// <summary>The problem for a failed operation other than a conflict, which needs the latest version id.</summary>
    public static ProblemHttpResult FromFailure(string id, ContentOperationResult result) => result.Failure switch
    {
        ContentFailure.Invalid => Invalid(result.Errors),
        ContentFailure.NotFound => result.Errors.Count > 0
            ? TypedResults.Problem(result.Errors[0].Message, statusCode: StatusCodes.Status404NotFound, title: "Not found")
            : NotFound(id),
        ContentFailure.NotApplicable => NotApplicable(id, result.Errors),
        ContentFailure.Conflict => TypedResults.Problem(
            result.Errors.Count > 0 ? result.Errors[0].Message : $"Content item '{id}' changed while the operation ran; retry it.",
            statusCode: StatusCodes.Status409Conflict, title: "The item changed since it was read"),
        _ => TypedResults.Problem($"The operation on content item '{id}' failed: {result.Failure}.", statusCode: StatusCodes.Status500InternalServerError),
    };
}
