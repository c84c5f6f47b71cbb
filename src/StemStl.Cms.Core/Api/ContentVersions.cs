using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using StemStl.Cms.Security;

namespace StemStl.Cms.Api;

/// <summary>An item's versions: list them, and restore an old one as the new latest version.</summary>
internal static class ContentVersions
{
    public static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListAsync([AsParameters] ContentApi api, string id)
    {
        var (item, problem) = await api.LatestAsync(id, "preview drafts of", ContentPermissions.PreviewContent);
        if (item is null)
        {
            return problem!;
        }

        var versions = await api.Content.ListVersionsAsync(id, api.CancellationToken);
        return TypedResults.Ok(new JsonArray([.. versions.Select(v => (JsonNode)ContentItemJson.Write(v))]));
    }

    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> RestoreAsync([AsParameters] ContentApi api, string id, string versionId)
    {
        var (item, problem) = await api.LatestAsync(id, "edit", ContentPermissions.EditContent);
        if (item is null)
        {
            return problem!;
        }

        // Without versioning a restore rewrites the published version in place, which is publishing.
        var type = await api.TypeAsync(item.ContentType);
        if (item.Published && type?.Settings.Versionable == false && await api.DenyAsync(ContentPermissions.PublishContent, item, "publish") is { } denied)
        {
            return denied;
        }

        return ContentLifecycle.ToResult(id, await api.Content.RestoreAsync(id, versionId, api.CancellationToken));
    }
}
