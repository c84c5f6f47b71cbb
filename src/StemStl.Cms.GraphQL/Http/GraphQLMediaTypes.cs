using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>The GraphQL-over-HTTP response media types and which one a request's Accept header picks.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return GraphQLResponse;
        }

        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (candidate.Quality == 0)
            {
                continue;
            }

            if (candidate.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (candidate.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }

            if (candidate.MediaType.Equals("*/*", StringComparison.Ordinal) || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }
        }

        return null;
    }

    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);
}
