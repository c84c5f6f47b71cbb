using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
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

        var (query, failure) = services.GetRequiredService<PersistedQueries>().Resolve(request);
        if (failure is not null)
        {
            await HttpCaching.WriteUncacheableAsync(http, await SerializeAsync(serializer, failure.ToResult(), failure.Status, mediaType, http.RequestAborted));
            return;
        }

        var document = TryParse(query!);
        var operation = ChooseOperation(document, request.OperationName);
        if (HttpMethods.IsGet(http.Request.Method) && operation?.Operation == OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await ProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations need POST", "Send mutations with POST; GET is for queries only.");
            return;
        }

        var cache = services.GetRequiredService<ResponseCache>();
        var identity = cache.Enabled ? ResponseCachePolicy.IdentityOf(http, operation, document, request.Variables) : null;
        var epoch = cache.Current();
        var definitions = services.GetRequiredService<IContentDefinitionManager>();
        var features = services.GetRequiredService<IFeatureManager>();
        string? key = null;
        if (identity is not null)
        {
            var snapshot = await definitions.GetSnapshotAsync(http.RequestAborted);
            key = ResponseCache.Key(epoch, snapshot.Hash, string.Join(',', features.EnabledFeatureIds.Order(StringComparer.Ordinal)), identity.Name,
                mediaType, http.Request.Headers.AcceptLanguage.ToString(), request.OperationName, PersistedQueries.Sha256(query!),
                request.Variables is null ? null : serializer.Serialize(request.Variables));
            if (cache.Find(key) is { } hit)
            {
                await HttpCaching.WriteCacheableAsync(http, hit, identity, cache.MaxAge);
                return;
            }
        }

        var schema = await services.GetRequiredService<SchemaCache>().GetAsync(definitions, features, services.GetRequiredService<IEnabled<ContentPartKind>>(), http.RequestAborted);
        var result = await ExecuteAsync(http, schema, request, query!, document);
        var status = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        var response = await SerializeAsync(serializer, result, status, mediaType, http.RequestAborted);
        if (key is null || result.Errors is { Count: > 0 })
        {
            // Errors are not cached: a timeout or a passing failure must not be served again to the next caller.
            await HttpCaching.WriteUncacheableAsync(http, response);
            return;
        }

        cache.Store(key, response, epoch);
        await HttpCaching.WriteCacheableAsync(http, response, identity!, cache.MaxAge);
    }

    private static async Task<ExecutionResult> ExecuteAsync(HttpContext http, global::GraphQL.Types.Schema schema, GraphQLRequest request, string query, GraphQLDocument? document)
    {
        var services = http.RequestServices;
        var limits = services.GetRequiredService<GraphQLLimits>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.Options.ExecutionTimeout);
        try
        {
            return await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = query;
                options.Document = document;
                options.OperationName = request.OperationName;
                options.Variables = request.Variables;
                options.Extensions = request.Extensions;
                options.ValidationRules = limits.ValidationRules;
                options.RequestServices = services;
                options.User = http.User;
                options.CancellationToken = timeout.Token;
                foreach (var listener in services.GetServices<IDocumentExecutionListener>())
                {
                    options.Listeners.Add(listener);
                }
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            return limits.TimedOut();
        }
    }

    private static async Task<CachedResponse> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result, int status, string mediaType, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        var body = buffer.ToArray();
        return new CachedResponse(body, mediaType + "; charset=utf-8", status, HttpCaching.ETagOf(body));
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

    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // The executer parses again and reports the syntax error with its location.
            return null;
        }
    }

    private static GraphQLOperationDefinition? ChooseOperation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>() ?? [];
        return operationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static Task ProblemAsync(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(http);
}
