using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Infrastructure;

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

    /// <summary>Posts a whole request body (query, variables, extensions) with extra headers such as If-None-Match.</summary>
    public static Task<(HttpResponseMessage Response, string Text)> PostGraphQLAsync(this HttpClient client, JsonObject body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        return client.SendGraphQLAsync(request, headers);
    }

    /// <summary>GETs <c>/api/graphql</c> with the given parameters, URL-encoded.</summary>
    public static Task<(HttpResponseMessage Response, string Text)> GetGraphQLAsync(this HttpClient client, IReadOnlyDictionary<string, string> parameters, params (string Name, string Value)[] headers)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return client.SendGraphQLAsync(new HttpRequestMessage(HttpMethod.Get, "/api/graphql?" + query), headers);
    }

    private static async Task<(HttpResponseMessage Response, string Text)> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request, (string Name, string Value)[] headers)
    {
        using (request)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            var response = await client.SendAsync(request);
            return (response, await response.Content.ReadAsStringAsync());
        }
    }

    public static JsonObject Parse(string text) => JsonNode.Parse(text)!.AsObject();

    /// <summary>Posts a query as an anonymous caller and returns its data and the SQL commands it ran; fails on an error.</summary>
    public static async Task<(JsonObject Body, IReadOnlyList<string> Commands)> ProbeSqlAsync(this CmsFactory factory, string query, JsonObject variables)
    {
        using var client = factory.CreateClient();
        return await factory.ProbeSqlAsync(client, query, variables);
    }

    /// <summary>The same, as the caller <paramref name="client"/> signs in as.</summary>
    public static async Task<(JsonObject Body, IReadOnlyList<string> Commands)> ProbeSqlAsync(this CmsFactory factory, HttpClient client, string query, JsonObject variables)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Add(SqlCommandCounter.Header, probe);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        return (body, factory.Services.GetRequiredService<SqlCommandCounter>().CommandsFor(probe));
    }
}
