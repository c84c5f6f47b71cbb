using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace StemStl.Cms.IntegrationTests.Infrastructure;

/// <summary>Small helpers to read responses as JSON and to build content bodies.</summary>
public static class Json
{
    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException($"expected a JSON object, got: {text}");
    }

    public static async Task<JsonArray> ReadArrayAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonArray ?? throw new InvalidOperationException($"expected a JSON array, got: {text}");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsJsonAsync(url, body);
    }

    /// <summary>A Page (a type of the setup recipe): title, path and Markdown body.</summary>
    public static JsonObject Page(string title, string? path = null, string? id = null) => new()
    {
        ["ContentItemId"] = id,
        ["ContentType"] = "Page",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["AutoroutePart"] = new JsonObject { ["Path"] = path ?? $"pages/{Guid.NewGuid():N}" },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = $"About {title}." },
    };

    /// <summary>The validation errors of a ValidationProblem, keyed by field path.</summary>
    public static IReadOnlyCollection<string> ErrorKeys(JsonObject problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem["errors"] is JsonObject errors ? [.. errors.Select(e => e.Key)] : [];
    }
}
