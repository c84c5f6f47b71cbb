using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Search.Lucene.Endpoints;

/// <summary><c>GET /api/search?index=&amp;q=&amp;filter=&amp;facets=&amp;sort=&amp;first=&amp;skip=</c>.</summary>
internal static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", SearchAsync)
            .RequireFeature(Manifest.Feature)
            .RequireRateLimiting(RateLimitPolicies.Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Full-text search over a named index, with filters, facets, highlights and totals of what the caller may see.");
    }

    private static async Task<IResult> SearchAsync(HttpContext http, LuceneSearchService search, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        try
        {
            var request = SearchRequest.Create(
                query["index"].ToString(),
                query["q"].ToString(),
                query["filter"].Select(f => f ?? ""),
                query["facets"].Select(f => f ?? ""),
                query["sort"].ToString(),
                Int(query["first"].ToString(), "first"),
                Int(query["skip"].ToString(), "skip"));
            var result = await search.SearchAsync(request, http.User, cancellationToken);
            return TypedResults.Json(Write(result));
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

    private static int? Int(string text, string name) =>
        text.Length == 0 ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new SearchRequestException(name, $"{name} must be a whole number, not '{text}'.");

    private static JsonObject Write(SearchResult result) => new()
    {
        ["totalCount"] = result.TotalCount,
        ["items"] = new JsonArray([.. result.Items.Select(hit => new JsonObject
        {
            ["score"] = hit.Score,
            ["contentItem"] = hit.ContentItem.ToFlatJson(),
            ["highlights"] = new JsonArray([.. hit.Highlights.Select(h => new JsonObject
            {
                ["field"] = h.Field,
                ["snippets"] = new JsonArray([.. h.Snippets.Select(s => JsonValue.Create(s))]),
            })]),
        })]),
        ["facets"] = new JsonArray([.. result.Facets.Select(f => new JsonObject
        {
            ["field"] = f.Field,
            ["values"] = new JsonArray([.. f.Values.Select(v => new JsonObject { ["value"] = v.Value, ["label"] = v.Label, ["count"] = v.Count })]),
        })]),
    };
}
