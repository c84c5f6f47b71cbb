using System.Text.Json.Nodes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Search.Lucene.Endpoints;

/// <summary>
/// Orchard Core's Lucene API: <c>/api/lucene/content</c> and <c>/api/lucene/documents</c>, GET with <c>indexName</c> and
/// <c>query</c> in the query string or POST with them in a JSON body. Both answer <c>{"items": [...], "count": n}</c>,
/// counting only what the caller may see.
/// </summary>
internal static class LuceneApiEndpoints
{
    public static void MapLuceneApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/lucene")
            .RequireFeature(Manifest.Feature)
            .RequireRateLimiting(RateLimitPolicies.Search)
            .WithTags("Search");
        group.MapGet("/content", (HttpContext http, LuceneSearchService search, IContentAuthorizationService authorization, CancellationToken ct) => RunAsync(http, search, authorization, documents: false, ct)).WithName("LuceneContent");
        group.MapPost("/content", (HttpContext http, LuceneSearchService search, IContentAuthorizationService authorization, CancellationToken ct) => RunAsync(http, search, authorization, documents: false, ct));
        group.MapGet("/documents", (HttpContext http, LuceneSearchService search, IContentAuthorizationService authorization, CancellationToken ct) => RunAsync(http, search, authorization, documents: true, ct)).WithName("LuceneDocuments");
        group.MapPost("/documents", (HttpContext http, LuceneSearchService search, IContentAuthorizationService authorization, CancellationToken ct) => RunAsync(http, search, authorization, documents: true, ct));
    }

    private static async Task<IResult> RunAsync(HttpContext http, LuceneSearchService search, IContentAuthorizationService authorization, bool documents, CancellationToken cancellationToken)
    {
        if (await SearchProblems.UnlessAllowedAsync(http, authorization, LucenePermissions.QueryLuceneApi, "the JSON query API (use /api/search otherwise)", cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        try
        {
            var (index, query) = await ReadAsync(http.Request, cancellationToken);
            var (total, hits) = await search.QueryJsonAsync(index, query, http.User, cancellationToken);
            var items = hits.Select(h => documents ? Stored(h.Document) : h.Item.ToFlatJson());
            return TypedResults.Json(new JsonObject { ["items"] = new JsonArray([.. items]), ["count"] = total });
        }
        catch (SearchRequestException ex)
        {
            return SearchProblems.From(ex);
        }
        catch (SearchForbiddenException ex)
        {
            return SearchProblems.From(ex);
        }
    }

    private static async Task<(string Index, string Query)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? index = request.Query["indexName"];
        string? query = request.Query["query"];
        if (HttpMethods.IsPost(request.Method))
        {
            JsonObject? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new SearchRequestException("body", $"the body is not valid JSON ({ex.Message}); send {{\"indexName\": \"Search\", \"query\": {{...}}}}.");
            }

            index = body?["indexName"]?.ToString() ?? index;
            query = body?["query"] switch
            {
                JsonObject json => json.ToJsonString(),
                { } text => text.ToString(),
                null => query,
            };
        }

        return (
            string.IsNullOrWhiteSpace(index) ? throw new SearchRequestException("indexName", "name the index, e.g. indexName=Search.") : index,
            string.IsNullOrWhiteSpace(query) ? throw new SearchRequestException("query", "send a JSON query, e.g. {\"query\": {\"match_all\": {}}}.") : query);
    }

    /// <summary>The stored fields of a document; a field stored more than once becomes an array.</summary>
    private static JsonObject Stored(Document document)
    {
        var json = new JsonObject();
        foreach (var group in document.Fields.GroupBy(f => f.Name, StringComparer.Ordinal))
        {
            var values = group.Select(Value).ToList();
            json[group.Key] = values.Count == 1 ? values[0] : new JsonArray([.. values]);
        }

        return json;
    }

    private static JsonNode? Value(IIndexableField field) => field.NumericType switch
    {
        NumericFieldType.DOUBLE => JsonValue.Create(field.GetDoubleValue()),
        NumericFieldType.INT64 => JsonValue.Create(field.GetInt64Value()),
        NumericFieldType.INT32 => JsonValue.Create(field.GetInt32Value()),
        NumericFieldType.SINGLE => JsonValue.Create(field.GetSingleValue()),
        _ => JsonValue.Create(field.GetStringValue()),
    };
}
