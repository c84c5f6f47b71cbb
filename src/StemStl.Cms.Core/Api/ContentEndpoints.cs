using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace StemStl.Cms.Api;

/// <summary>The REST content API: <c>/api/content</c>.</summary>
internal static class ContentEndpoints
{
    public static RouteGroupBuilder MapContentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content").WithTags("Content");

        group.MapGet("/{id}", GetContent.HandleAsync).WithName("GetContentItem")
            .WithSummary("One content item: the published version (default), the latest, or the draft.")
            .WithDescription("status=published needs View permission on the item's type (own items count for ViewOwn); latest and draft need Preview or Edit. " +
                "Unknown items, and items an anonymous caller may not see, answer 404. " + ContentItemJson.ShapeDescription)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);

        var writes = group.MapGroup("").RequireAuthorization();
        writes.MapPost("/", SaveContent.CreateAsync).WithName("CreateContentItem")
            .WithSummary("Creates an item, or updates it when the body names an existing ContentItemId. ?draft=true keeps it a draft.")
            .WithDescription("Needs Edit on the type, and Publish unless the item stays a draft. " + ContentItemJson.ShapeDescription)
            .Accepts<JsonObject>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/{id}", SaveContent.UpdateAsync).WithName("UpdateContentItem")
            .WithSummary("Updates an item; the body must carry the ContentItemVersionId it was edited from. ?draft=true keeps the change a draft.")
            .WithDescription("A stale ContentItemVersionId answers 409 with the latest version id and saves nothing. " + ContentItemJson.ShapeDescription)
            .Accepts<JsonObject>("application/json")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/{id}/publish", ContentLifecycle.PublishAsync).WithName("PublishContentItem")
            .WithSummary("Publishes the latest version.").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/{id}/unpublish", ContentLifecycle.UnpublishAsync).WithName("UnpublishContentItem")
            .WithSummary("Takes the published version down; the item stays as a draft.").ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapPost("/{id}/discard-draft", ContentLifecycle.DiscardDraftAsync).WithName("DiscardContentDraft")
            .WithSummary("Drops the draft so the published version is the latest again.").ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapGet("/{id}/versions", ContentVersions.ListAsync).WithName("ListContentVersions")
            .WithSummary("Every version of the item, newest first.").ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapPost("/{id}/versions/{versionId}/restore", ContentVersions.RestoreAsync).WithName("RestoreContentVersion")
            .WithSummary("Makes a copy of an old version the new latest version.").ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapDelete("/{id}", ContentLifecycle.DeleteAsync).WithName("DeleteContentItem")
            .WithSummary("Removes the item with all its versions.").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }
}
