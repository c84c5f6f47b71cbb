using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Cms.Api;

/// <summary>Publish, unpublish, discard draft and delete: operations on an item as a whole.</summary>
internal static class ContentLifecycle
{
    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> PublishAsync([AsParameters] ContentApi api, string id)
    {
        var (item, problem) = await api.LatestAsync(id, "publish", ContentPermissions.PublishContent);
        return item is null ? problem! : ToResult(id, await api.Content.PublishAsync(id, api.CancellationToken));
    }

    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> UnpublishAsync([AsParameters] ContentApi api, string id)
    {
        var (item, problem) = await api.LatestAsync(id, "unpublish", ContentPermissions.PublishContent);
        return item is null ? problem! : ToResult(id, await api.Content.UnpublishAsync(id, api.CancellationToken));
    }

    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> DiscardDraftAsync([AsParameters] ContentApi api, string id)
    {
        var (item, problem) = await api.LatestAsync(id, "edit", ContentPermissions.EditContent);
        return item is null ? problem! : ToResult(id, await api.Content.DiscardDraftAsync(id, api.CancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync([AsParameters] ContentApi api, string id)
    {
        var (item, problem) = await api.LatestAsync(id, "delete", ContentPermissions.DeleteContent);
        if (item is null)
        {
            return problem!;
        }

        var result = await api.Content.RemoveAsync(id, api.CancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : ContentProblems.FromFailure(id, result);
    }

    internal static Results<Ok<JsonObject>, ProblemHttpResult> ToResult(string id, ContentOperationResult result) =>
        result.Succeeded ? TypedResults.Ok(ContentItemJson.Write(result.Item!)) : ContentProblems.FromFailure(id, result);
}
