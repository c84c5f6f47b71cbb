using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>Posts GraphQL documents the way front-end sites do.</summary>
internal static class GraphQLClient
{
    public static async Task<(HttpResponseMessage Response, JsonObject Body)> GraphQLAsync(
        this HttpClient client, string query, JsonObject? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text)!.AsObject());
    }

    public static JsonNode? Data(this JsonObject body, string field) => body["data"]?[field];
}
