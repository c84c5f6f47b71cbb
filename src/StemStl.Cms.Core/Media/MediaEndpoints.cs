using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Security;

namespace StemStl.Cms.Media;

/// <summary>A stored file as the API shows it, with the address it is served at.</summary>
internal sealed record MediaFileJson(string Path, string Url, string OriginalName, string ContentType, long Size, string Sha256, string? UploadedBy, DateTime CreatedUtc)
{
    public static MediaFileJson From(MediaFile file) =>
        new(file.Path, "/media/" + file.Path, file.OriginalName, file.ContentType, file.Size, file.Sha256, file.UploadedBy, file.CreatedUtc);
}

/// <summary>A page of the library as the API shows it.</summary>
internal sealed record MediaPageJson(IReadOnlyList<MediaFileJson> Items, int Total, int Page, int PageSize);

/// <summary>
/// <c>/api/media</c>: upload (multipart, field <c>file</c>), list and delete, for holders of <c>ManageMedia</c> (the
/// <c>media:write</c> token scope). Editors' cookie calls must carry the admin page's antiforgery token as well.
/// </summary>
internal static class MediaEndpoints
{
    public const int PageSize = 24;

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/media").WithTags("Media").RequireAuthorization(CmsPolicies.ManageMedia);
        api.MapPost("", UploadAsync).WithName("UploadMedia").WithSummary("Uploads one file (multipart field 'file') to the media library.")
            .DisableAntiforgery().ProducesValidationProblem();
        api.MapGet("", ListAsync).WithName("ListMedia").WithSummary("Lists the media library, newest first, 24 a page.");
        api.MapDelete("/{**path}", DeleteAsync).WithName("DeleteMedia")
            .WithSummary("Deletes a file, unless published content names it (409).").ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapMediaFiles();
        return endpoints;
    }

    private static async Task<Results<Created<MediaFileJson>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpContext context, IMediaStore media, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (await RefuseForgeryAsync(context, antiforgery) is { } forged)
        {
            return forged;
        }

        if (!context.Request.HasFormContentType)
        {
            return Invalid("Send the file as multipart/form-data in a field named 'file'.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Invalid("Choose a file to upload; the form has no field named 'file'.");
        }

        await using var stream = file.OpenReadStream();
        var saved = await media.SaveAsync(file.FileName, stream, context.User.Identity?.Name, cancellationToken);
        return saved.File is { } stored
            ? TypedResults.Created("/media/" + stored.Path, MediaFileJson.From(stored))
            : Invalid(saved.Problem!);
    }

    private static async Task<Ok<MediaPageJson>> ListAsync(IMediaStore media, string? search, int? page, CancellationToken cancellationToken)
    {
        var result = await media.ListAsync(search, page ?? 1, PageSize, cancellationToken);
        return TypedResults.Ok(new MediaPageJson([.. result.Items.Select(MediaFileJson.From)], result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        HttpContext context, string path, IMediaStore media, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (await RefuseForgeryAsync(context, antiforgery) is { } forged)
        {
            return forged;
        }

        var result = await media.DeleteAsync(path, cancellationToken);
        return result.Outcome switch
        {
            MediaDeleteOutcome.Deleted => TypedResults.NoContent(),
            MediaDeleteOutcome.InUse => TypedResults.Problem(
                $"'{path}' is used by published content ({string.Join(", ", result.ReferencedBy)}); remove it from those items or unpublish them first.",
                statusCode: StatusCodes.Status409Conflict, title: "The file is in use",
                extensions: new Dictionary<string, object?> { ["referencedBy"] = result.ReferencedBy }),
            _ => TypedResults.Problem($"There is no media file '{path}'.", statusCode: StatusCodes.Status404NotFound),
        };
    }

    /// <summary>
    /// A signed-in editor's browser sends the editors' cookie with every request, so a cookie call must also prove it
    /// comes from one of the admin's pages; a bearer token is never sent by a browser on its own and needs no proof.
    /// </summary>
    private static async Task<ProblemHttpResult?> RefuseForgeryAsync(HttpContext context, IAntiforgery antiforgery)
    {
        // The same test the authentication scheme selector makes: a bearer header means a token, anything else the cookie.
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(
                "The request has no valid antiforgery token; send it from the admin's media pages with the page's RequestVerificationToken header.",
                statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing or invalid");
        }
    }

    private static ValidationProblem Invalid(string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [problem] }, title: "The upload was refused.");
}
