using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL.Schema;
using StemStl.Cms.Modules;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// <c>/api/graphql</c> as the GraphQL-over-HTTP specification describes it: POST with a JSON body, GET for queries
/// (a mutation over GET is 405), and status codes that depend on the negotiated media type: under
/// <c>application/graphql-response+json</c> a document that does not parse or validate is 400, under
/// <c>application/json</c> it is 200 with the errors in the body.
/// </summary>
internal static class GraphQLEndpoint
{
    /// <summary>Documents larger than this are refused before parsing.</summary>
    public const int MaxDocumentLength = 16 * 1024;

    public static async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await ProblemAsync(http, StatusCodes.Status406NotAcceptable, "Not acceptable",
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var (request, problem) = await ReadAsync(http, serializer);
        if (request is null)
        {
            await ProblemAsync(http, problem!.Value.Status, problem.Value.Title, problem.Value.Detail);
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(request))
        {
            http.Response.Headers.Allow = "POST";
            await ProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations need POST", "Send mutations with POST; GET is for queries only.");
            return;
        }

        var schema = await services.GetRequiredService<SchemaCache>().GetAsync(
            services.GetRequiredService<IContentDefinitionManager>(),
            services.GetRequiredService<IFeatureManager>(),
            services.GetRequiredService<IEnabled<ContentPartKind>>(),
            services.GetRequiredService<IEnabled<IGraphQLSchemaContributor>>(),
            http.RequestAborted);
        var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.RequestServices = services;
            options.User = http.User;
            options.CancellationToken = http.RequestAborted;
        });

        http.Response.StatusCode = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task<(GraphQLRequest? Request, (int Status, string Title, string Detail)? Problem)> ReadAsync(HttpContext http, IGraphQLTextSerializer serializer)
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
                };
            }
            catch (JsonException ex)
            {
                return (null, (StatusCodes.Status400BadRequest, "Variables are not JSON", $"The variables parameter is not a JSON object: {ex.Message}"));
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

        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            return (null, (StatusCodes.Status400BadRequest, "No query", "Send the GraphQL document in \"query\"."));
        }

        if (request.Query.Length > MaxDocumentLength)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, "Document too large",
                $"The document is {request.Query.Length:N0} characters; the limit is {MaxDocumentLength:N0}. Use variables or persisted queries."));
        }

        return (request, null);
    }

    private static bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = request.OperationName is null
                ? operations.FirstOrDefault()
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return chosen?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // The executer reports the syntax error with its location.
            return false;
        }
    }

    private static Task ProblemAsync(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(http);
}
