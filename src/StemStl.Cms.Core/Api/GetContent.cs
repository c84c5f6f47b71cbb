using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Cms.Api;

/// <summary><c>GET /api/content/{id}?status=published|latest|draft</c>.</summary>
internal static class GetContent
{
    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> HandleAsync([AsParameters] ContentApi api, string id, string? status)
    {
        VersionOptions? options = (status ?? "published").ToLowerInvariant() switch
        {
            "published" => VersionOptions.Published,
            "latest" => VersionOptions.Latest,
            "draft" => VersionOptions.Draft,
            _ => null,
        };
        if (options is null)
        {
            return ContentProblems.BadRequest("Unknown status", $"status '{status}' is not one of published, latest, draft.", "status");
        }

        var item = await api.Content.GetAsync(id, options.Value, api.CancellationToken);
        if (item is null)
        {
            return ContentProblems.NotFound(id);
        }

        var permission = options == VersionOptions.Published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent;
        var action = options == VersionOptions.Published ? "view" : "preview drafts of";
        if (await api.DenyAsync(permission, item, action) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(ContentItemJson.Write(item));
    }
}
