using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace StemStl.Cms.Media;

/// <summary>
/// <c>GET /media/{path}</c>: serves library files to anyone. Media is public by design, like a site's uploads folder:
/// front ends link to it from published pages without credentials, and paths carry a content hash, so a file is found
/// only by someone given its address. Images are shown inline; every other kind is sent as a download.
/// </summary>
internal static class MediaFileEndpoint
{
    public static RouteHandlerBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .WithTags("Media").WithName("GetMediaFile").WithSummary("Serves one media library file.").AllowAnonymous();

    private static async Task<IResult> ServeAsync(string path, IMediaStore media, IOptions<MediaOptions> options, HttpContext context, CancellationToken cancellationToken)
    {
        if (await media.GetAsync(path, cancellationToken) is not { } file || media.OpenRead(file) is not { } stream)
        {
            return Results.Problem($"There is no media file '{path}'.", statusCode: StatusCodes.Status404NotFound);
        }

        context.Response.Headers.CacheControl = $"public, max-age={options.Value.CacheSeconds}";
        return Results.File(
            stream,
            file.ContentType,
            fileDownloadName: file.IsImage ? null : file.OriginalName,
            lastModified: new DateTimeOffset(file.CreatedUtc, TimeSpan.Zero),
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""),
            enableRangeProcessing: true);
    }
}
