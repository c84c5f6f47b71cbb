using System.Net.Http.Headers;
using System.Text;

namespace StemStl.Cms.IntegrationTests.Media;

/// <summary>Small real files of the kinds the library accepts, and the multipart upload the API expects.</summary>
internal static class MediaUploads
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A PNG signature and header, with <paramref name="salt"/> after them so each test stores its own bytes.</summary>
    public static byte[] Png(string salt) =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8.ToArray(), .. Encoding.ASCII.GetBytes(salt)];

    public static byte[] Pdf(string salt) => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {salt}\n%%EOF\n");

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] bytes, string? antiforgery = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/media") { Content = form };
        if (antiforgery is not null)
        {
            request.Headers.Add("RequestVerificationToken", antiforgery);
        }

        return await client.SendAsync(request, Ct);
    }
}
