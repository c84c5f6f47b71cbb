using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Search.Lucene.Endpoints;

/// <summary>
/// The state of each index on this node (documents, cursor, lag behind the change log) and rebuild or reset requests,
/// for administrators and the admin's index page: <c>GET /api/lucene/indexes</c>, <c>POST /api/lucene/indexes/{name}/rebuild|reset</c>.
/// </summary>
internal static class IndexAdminEndpoints
{
    public static void MapIndexAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/lucene/indexes").RequireFeature(Manifest.Feature).WithTags("Search");
        group.MapGet("", ListAsync).WithName("LuceneIndexes");
        group.MapPost("/{name}/rebuild", (string name, HttpContext http, LuceneIndexSettings settings, LuceneIndexManager indexes, IContentAuthorizationService authorization, CancellationToken ct) =>
            RequestAsync(name, rebuild: true, http, settings, indexes, authorization, ct));
        group.MapPost("/{name}/reset", (string name, HttpContext http, LuceneIndexSettings settings, LuceneIndexManager indexes, IContentAuthorizationService authorization, CancellationToken ct) =>
            RequestAsync(name, rebuild: false, http, settings, indexes, authorization, ct));
    }

    private static async Task<IResult> ListAsync(HttpContext http, LuceneIndexStatuses statuses, IContentAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (await SearchProblems.UnlessAllowedAsync(http, authorization, LucenePermissions.ManageLuceneIndexes, "managing search indexes", cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var list = new JsonArray();
        foreach (var status in await statuses.ListAsync(cancellationToken))
        {
            var definition = status.Index.Definition;
            var entry = new JsonObject
            {
                ["name"] = definition.Name,
                ["contentTypes"] = new JsonArray([.. definition.ContentTypes.Select(t => JsonValue.Create(t))]),
                ["analyzer"] = definition.Analyzer.ToString().ToLowerInvariant(),
                ["indexLatest"] = definition.IndexLatest,
                ["public"] = definition.Public,
                ["head"] = status.Head,
                ["state"] = status.State,
            };
            if (status.Cursor is { } cursor)
            {
                entry["documentCount"] = status.DocumentCount;
                entry["cursor"] = cursor;
                entry["lag"] = status.Lag;
                entry["build"] = status.Build;
            }

            list.Add(entry);
        }

        return TypedResults.Json(new JsonObject { ["indexes"] = list });
    }

    private static async Task<IResult> RequestAsync(string name, bool rebuild, HttpContext http, LuceneIndexSettings settings, LuceneIndexManager indexes, IContentAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (await SearchProblems.UnlessAllowedAsync(http, authorization, LucenePermissions.ManageLuceneIndexes, "managing search indexes", cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        if (await settings.FindAsync(name, cancellationToken) is not { } state)
        {
            return SearchProblems.From(new SearchRequestException("name", $"there is no index '{name}'; GET /api/lucene/indexes lists them.", notFound: true));
        }

        await settings.RequestAsync(state, rebuild, cancellationToken);
        indexes.Wake();
        return TypedResults.Accepted((string?)null, new JsonObject { ["name"] = name, [rebuild ? "rebuildGeneration" : "resetGeneration"] = (rebuild ? state.RebuildGeneration : state.ResetGeneration) + 1 });
    }
}
