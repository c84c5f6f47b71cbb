using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using StemStl.Resources.Importing;

namespace StemStl.Resources.Endpoints;

/// <summary>The uploaded file's bytes, from a CSV body or a multipart form's <c>file</c>, never more than the limit.</summary>
internal static class ImportUpload
{
    public const string FormField = "file";

    public static async Task<byte[]> ReadAsync(HttpRequest request, int maxBytes, IReadOnlyList<string> csvTypes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.GetFile(FormField) ?? (form.Files.Count == 1 ? form.Files[0] : null)
                ?? throw new ImportFileException(StatusCodes.Status400BadRequest, "No file", $"the form holds no file; send the CSV file in the form field '{FormField}'.");
            if (file.Length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            await using var upload = file.OpenReadStream();
            return await ReadLimitedAsync(upload, maxBytes, cancellationToken);
        }

        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (mediaType is null || !csvTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw new ImportFileException(
                StatusCodes.Status415UnsupportedMediaType,
                "Not a CSV upload",
                $"the request's content type is '{request.ContentType ?? "(none)"}'; send the file as text/csv, or as multipart/form-data in the field '{FormField}'.");
        }

        return await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
    }

    // Content-Length may be missing (chunked uploads), so the limit is enforced while reading as well.
    public static async Task<byte[]> ReadLimitedAsync(Stream stream, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ImportFileException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "File too large", $"the file is larger than {maxBytes / 1024} KB, the most one import takes; split it into several files.");
}
