using System.Text.Json.Nodes;
using GraphQL;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL.Querying;
using StemStl.Cms.GraphQL.Schema;
using StemStl.Cms.Security;

namespace StemStl.Cms.GraphQL.Mutations;

/// <summary>
/// Runs the per-type mutations through the content manager with the same checks as the REST API: Edit to create or
/// change, Publish too unless the change stays a draft, Publish to publish or unpublish, Delete to delete. A refusal
/// changes nothing; a caller who may not even see the item is told it was not found. Register scoped.
/// </summary>
internal sealed class MutationHandler(IContentManager content, IContentAuthorizationService authorization, ContentVisibility visibility)
{
    public async Task<ContentItem?> CreateAsync(IResolveFieldContext context, ContentTypeDefinition type, IReadOnlyDictionary<string, InputBinding> bindings)
    {
        var draft = context.GetArgument<bool?>("draft") == true;
        var item = await content.NewAsync(type.Name, context.CancellationToken)
            ?? throw Error("NOT_FOUND", $"content type '{type.Name}' no longer exists; reload the schema.");
        item.Owner = ContentVisibility.UserId(ContentReads.User(context));
        if (context.GetArgument<string?>("contentItemId") is { Length: > 0 } chosen)
        {
            item.ContentItemId = chosen;
        }

        Apply(context, bindings, item);
        await RequireAsync(context, ContentPermissions.EditContent, item, "create", existing: false);
        if (!draft || !type.Settings.Draftable)
        {
            await RequireAsync(context, ContentPermissions.PublishContent, item, "publish", existing: false);
        }

        return Outcome(await content.CreateAsync(item, draft, context.CancellationToken), item.ContentItemId);
    }

    public async Task<ContentItem?> UpdateAsync(IResolveFieldContext context, ContentTypeDefinition type, IReadOnlyDictionary<string, InputBinding> bindings)
    {
        var draft = context.GetArgument<bool?>("draft") == true;
        var latest = await LatestAsync(context, type, ContentPermissions.EditContent, "edit");
        if (!draft || !type.Settings.Draftable)
        {
            await RequireAsync(context, ContentPermissions.PublishContent, latest, "publish", existing: true);
        }

        var item = latest.Clone();

        // Optimistic concurrency: the store refuses the change when this is no longer the latest version.
        item.ContentItemVersionId = context.GetArgument<string>("contentItemVersionId");
        Apply(context, bindings, item);

        // As over REST: the change must be editable too (a workgroup member may not move a page out of their workgroup).
        await RequireAsync(context, ContentPermissions.EditContent, item, "edit", existing: true);
        return Outcome(await content.UpdateAsync(item, draft, context.CancellationToken), item.ContentItemId);
    }

    public async Task<ContentItem?> PublishAsync(IResolveFieldContext context, ContentTypeDefinition type, bool publish)
    {
        var latest = await LatestAsync(context, type, ContentPermissions.PublishContent, publish ? "publish" : "unpublish");
        var result = publish
            ? await content.PublishAsync(latest.ContentItemId, context.CancellationToken)
            : await content.UnpublishAsync(latest.ContentItemId, context.CancellationToken);
        return Outcome(result, latest.ContentItemId);
    }

    public async Task<bool> DeleteAsync(IResolveFieldContext context, ContentTypeDefinition type)
    {
        var latest = await LatestAsync(context, type, ContentPermissions.DeleteContent, "delete");
        Outcome(await content.RemoveAsync(latest.ContentItemId, context.CancellationToken), latest.ContentItemId);
        return true;
    }

    private static void Apply(IResolveFieldContext context, IReadOnlyDictionary<string, InputBinding> bindings, ContentItem item)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input") ?? [];
        foreach (var (key, value) in input)
        {
            if (!bindings.TryGetValue(key, out var binding) || value is not IDictionary<string, object?> values)
            {
                continue;
            }

            var part = item.Part(binding.PartName);
            var target = binding.FieldName is null ? part : part[binding.FieldName] as JsonObject ?? [];
            foreach (var (name, node) in binding.Convert(values).ToList())
            {
                target[name] = node?.DeepClone();
            }

            if (binding.FieldName is not null)
            {
                part[binding.FieldName] = target;
            }
        }
    }

    private async Task<ContentItem> LatestAsync(IResolveFieldContext context, ContentTypeDefinition type, Permission permission, string action)
    {
        var id = context.GetArgument<string>("contentItemId");
        var latest = await content.GetAsync(id, VersionOptions.Latest, context.CancellationToken);
        if (latest is null || latest.ContentType != type.Name)
        {
            throw Error("NOT_FOUND", $"no {type.Name} with contentItemId '{id}' was found.");
        }

        await RequireAsync(context, permission, latest, action, existing: true);
        return latest;
    }

    private async Task RequireAsync(IResolveFieldContext context, Permission permission, ContentItem item, string action, bool existing)
    {
        var user = ContentReads.User(context);
        if (await authorization.AuthorizeAsync(user, permission, item, context.CancellationToken))
        {
            return;
        }

        // As in REST: a caller who may not even see the item learns nothing about it; one who may see it is told no.
        var maySee = existing
            && ((await HasPublishedVersionAsync(item, context.CancellationToken) && await visibility.CanSeeAsync(user, item, VersionOptions.Published, context.CancellationToken))
                || await visibility.CanSeeAsync(user, item, VersionOptions.Latest, context.CancellationToken));
        if (existing && !maySee)
        {
            throw Error("NOT_FOUND", $"no {item.ContentType} with contentItemId '{item.ContentItemId}' was found.");
        }

        throw Error("FORBIDDEN", $"you may not {action} {item.ContentType} items: the {permission.Name} permission for {item.ContentType} is missing.");
    }

    private async Task<bool> HasPublishedVersionAsync(ContentItem item, CancellationToken cancellationToken) =>
        item.Published || await content.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken) is not null;

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };

    private static ContentItem? Outcome(ContentOperationResult result, string id)
    {
        if (result.Succeeded)
        {
            return result.Item;
        }

        var first = result.Errors.Count > 0 ? result.Errors[0].Message : null;
        var error = result.Failure switch
        {
            ContentFailure.Invalid => Error("VALIDATION", $"content item '{id}' was not saved: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}"))),
            ContentFailure.Conflict => Error("CONFLICT", first ?? $"content item '{id}' was changed meanwhile; read it again and retry."),
            ContentFailure.NotFound => Error("NOT_FOUND", $"content item '{id}' was not found."),
            _ => Error("NOT_APPLICABLE", first ?? $"the operation does not apply to content item '{id}' now."),
        };
        error.Extensions ??= new Dictionary<string, object?>();
        error.Extensions["fields"] = result.Errors.Select(e => new Dictionary<string, object?> { ["path"] = e.Path, ["message"] = e.Message, ["code"] = e.Code }).ToList();
        throw error;
    }
}
