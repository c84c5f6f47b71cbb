using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StemStl.Cms.GraphQL.Schema;

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
        var (request, problem) = await GraphQLRequestReader.ReadAsync(http, serializer);
        if (request is null)
        {
            await ProblemAsync(http, problem!.Value.Status, problem.Value.Title, problem.Value.Detail);
            return;
        }

        var (query, failure) = services.GetRequiredService<PersistedQueries>().Resolve(request);
        if (failure is not null)
        {
            await HttpCaching.WriteUncacheableAsync(http, await SerializeAsync(serializer, failure.ToResult(), failure.Status, mediaType, cacheable: false, http.RequestAborted));
            return;
        }

        var parsed = services.GetRequiredService<ParsedDocuments>().Parse(query!);
        var document = parsed.Document;
        if (parsed.TooDeep)
        {
            var refusal = services.GetRequiredService<GraphQLLimits>().TooDeepToParse();
            var refusalStatus = mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            await HttpCaching.WriteUncacheableAsync(http, await SerializeAsync(serializer, refusal, refusalStatus, mediaType, cacheable: false, http.RequestAborted));
            return;
        }

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
        var site = await services.GetRequiredService<SiteStates>().ReadAsync(services, http.RequestAborted);
        var key = identity is null ? null : CacheKey(http, epoch, site, identity, mediaType, request, parsed.Hash);
        if (key is not null && cache.Find(key) is { } hit)
        {
            await HttpCaching.WriteCacheableAsync(http, hit, identity!, cache.MaxAge);
            return;
        }

        var schema = services.GetRequiredService<SchemaCache>().Get(site, services);
        var userContext = new Dictionary<string, object?> { [GraphQLCostBudget.CallerKey] = GraphQLCostBudget.CallerOf(http) };
        var result = await ExecuteAsync(http, schema, request, query!, parsed, userContext);
        var status = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (userContext.TryGetValue(GraphQLCostBudget.RetryAfterKey, out var wait) && wait is TimeSpan retryAfter)
        {
            // Over budget is a rate limit whatever the media type: 429 with Retry-After, as the request-count limit answers.
            status = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var cacheable = key is not null && result.Errors is not { Count: > 0 };
        var response = await SerializeAsync(serializer, result, status, mediaType, cacheable, http.RequestAborted);
        if (!cacheable)
        {
            // Errors are not cached: a timeout or a passing failure must not be served again to the next caller.
            await HttpCaching.WriteUncacheableAsync(http, response);
            return;
        }

        cache.Store(key!, response, epoch);
        await HttpCaching.WriteCacheableAsync(http, response, identity!, cache.MaxAge);
    }

    /// <summary>Everything that can change the bytes of a cacheable response, the caller's identity first among them.</summary>
    private static string CacheKey(HttpContext http, ResponseCacheEpoch epoch, SiteState site, CacheIdentity identity, string mediaType, GraphQLRequest request, string documentHash)
    {
        var variables = request.Variables is null ? null : http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().Serialize(request.Variables);
        return ResponseCache.Key(epoch, site.Key, identity.Name, mediaType, http.Request.Headers.AcceptLanguage.ToString(),
            request.OperationName, documentHash, variables);
    }

    private static async Task<ExecutionResult> ExecuteAsync(
        HttpContext http, global::GraphQL.Types.Schema schema, GraphQLRequest request, string query, ParsedDocument parsed, Dictionary<string, object?> userContext)
    {
        var services = http.RequestServices;
        var limits = services.GetRequiredService<GraphQLLimits>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.Options.ExecutionTimeout);
        try
        {
            var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = query;
                options.Document = parsed.Document;
                options.OperationName = request.OperationName;
                options.Variables = request.Variables;
                options.Extensions = request.Extensions;
                options.ValidationRules = parsed.IsValidFor(schema) ? limits.RevalidationRules : limits.ValidationRules;
                options.RequestServices = services;
                options.User = http.User;
                options.UserContext = userContext;
                options.CancellationToken = timeout.Token;
                options.UnhandledExceptionDelegate = failure =>
                {
                    GraphQLLog.UnhandledError(Logger(http), failure.OriginalException, request.OperationName ?? "(unnamed)");
                    return Task.CompletedTask;
                };
                foreach (var listener in services.GetServices<IDocumentExecutionListener>())
                {
                    options.Listeners.Add(listener);
                }
            });
            if (result.Executed)
            {
                // It got past validation: the next request for this document against this schema skips the spec's rules.
                parsed.MarkValidFor(schema);
            }

            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            GraphQLLog.TimedOut(Logger(http), request.OperationName ?? "(unnamed)", limits.Options.ExecutionTimeout.TotalSeconds);
            return limits.TimedOut();
        }
    }

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint).FullName!);

    private static async Task<CachedResponse> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result, int status, string mediaType, bool cacheable, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        var body = buffer.ToArray();
        return new CachedResponse(body, mediaType + "; charset=utf-8", status, cacheable ? HttpCaching.ETagOf(body) : null);
    }

    private static GraphQLOperationDefinition? ChooseOperation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>() ?? [];
        return operationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static Task ProblemAsync(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(http);
}
