using System.Net;
using System.Text;
using System.Text.Json;

namespace StemStl.Cms.IntegrationTests.Security.BadInput;

/// <summary>
/// Sends one bad request after another and notes every answer that is not a clear refusal or a harmless success:
/// a 5xx, a refusal without a ProblemDetails or GraphQL error body, or anything that looks like a stack trace.
/// </summary>
internal sealed class BadInputProbe(HttpClient client)
{
    private readonly List<string> _failures = [];

    public int Sent { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public Task SendAsync(HttpMethod method, string url, string? body = null, string contentType = "application/json") =>
        SendAsync(method, url, body is null ? null : new StringContent(body, Encoding.UTF8, contentType));

    public async Task SendAsync(HttpMethod method, string url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        var sent = content is null ? "" : " " + Shorten(await content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        request.Headers.Accept.ParseAdd("application/json");

        // A big body waits for the server's go-ahead, so a refusal arrives as a response rather than a reset mid-upload.
        request.Headers.ExpectContinue = content?.Headers.ContentLength > 1024 * 1024;
        Sent++;
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        }
        catch (HttpRequestException ex)
        {
            _failures.Add($"{Describe(method, url)}{sent}: the connection failed ({ex.Message})");
            return;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (Judge(response, text) is { } problem)
            {
                _failures.Add($"{Describe(method, url)}{sent} → {(int)response.StatusCode}: {problem}: {Shorten(text)}");
            }
        }
    }

    private static string? Judge(HttpResponseMessage response, string text)
    {
        if ((int)response.StatusCode >= 500)
        {
            return "server error";
        }

        if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception:", StringComparison.Ordinal))
        {
            return "the body carries exception details";
        }

        if (response.IsSuccessStatusCode || response.StatusCode is HttpStatusCode.NotModified or HttpStatusCode.MethodNotAllowed)
        {
            return null;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return mediaType switch
        {
            "application/problem+json" => HasMember(text, "title") ? null : "a problem without a title",
            "application/graphql-response+json" or "application/json" => HasMember(text, "errors") || HasMember(text, "title") ? null : "a refusal that says nothing",
            _ => $"a refusal as {mediaType ?? "no content type"}, not ProblemDetails",
        };
    }

    private static bool HasMember(string text, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Describe(HttpMethod method, string url) => $"{method} {Shorten(url)}";

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
