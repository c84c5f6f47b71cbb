using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body; what cannot be read is a problem to report.</summary>
internal static class GraphQLRequestReader
{
    public static async Task<(GraphQLRequest? Request, (int Status, string Title, string Detail)? Problem)> ReadAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        GraphQLRequest? request;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var query = http.Request.Query;
            try
            {
                request = new GraphQLRequest
                {
                    Query = query["query"].ToString(),
                    OperationName = query["operationName"].ToString() is { Length: > 0 } name ? name : null,
                    Variables = query["variables"].ToString() is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
                    Extensions = query["extensions"].ToString() is { Length: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
                };
            }
            catch (JsonException ex)
            {
                return (null, (StatusCodes.Status400BadRequest, "Parameters are not JSON", $"The variables and extensions parameters must be JSON objects: {ex.Message}"));
            }
        }
        else
        {
            if (!GraphQLMediaTypes.IsJsonBody(http.Request))
            {
                return (null, (StatusCodes.Status415UnsupportedMediaType, "JSON expected", "POST the request as application/json: {\"query\": \"…\", \"variables\": {…}}."));
            }

            try
            {
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            catch (JsonException ex)
            {
                return (null, (StatusCodes.Status400BadRequest, "The body is not JSON", $"The request body could not be read as JSON: {ex.Message}"));
            }
        }

        if (request is null || (string.IsNullOrWhiteSpace(request.Query) && request.Extensions?.ContainsKey("persistedQuery") != true))
        {
            return (null, (StatusCodes.Status400BadRequest, "No query", "Send the GraphQL document in \"query\", or its hash in extensions.persistedQuery."));
        }

        return (request, null);
    }
}
