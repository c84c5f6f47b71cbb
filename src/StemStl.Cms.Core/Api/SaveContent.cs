using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Api;

/// <summary>
/// <c>POST /api/content</c> (create, or update when the body names an existing item) and <c>POST /api/content/{id}</c>
/// (update). <c>?draft=true</c> keeps the change a draft.
/// </summary>
internal static class SaveContent
{
    private const int MaxIdLength = 26;

    public static async Task<Results<Created<JsonObject>, Ok<JsonObject>, ProblemHttpResult>> CreateAsync(
        [AsParameters] ContentApi api, HttpRequest request, bool? draft)
    {
        var body = await ContentItemJson.ReadAsync(request, api.CancellationToken);
        if (Unreadable(body) is { } unreadable)
        {
            return unreadable;
        }

        var input = body.Input!;
        if (input.ContentItemId is { } existingId && await api.Content.GetAsync(existingId, VersionOptions.Latest, api.CancellationToken) is not null)
        {
            return await UpdateCoreAsync(api, existingId, input, draft == true) switch
            {
                { Item: { } updated } => TypedResults.Ok(updated),
                var failed => failed.Problem!,
            };
        }

        if (input.ContentType is null)
        {
            return ContentProblems.Invalid([new ContentValidationError("ContentType", "ContentType is required: name the type of the new item.", "required")]);
        }

        if (input.ContentItemId is { } id && (id.Length > MaxIdLength || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return ContentProblems.Invalid([new ContentValidationError("ContentItemId",
                $"ContentItemId '{id}' must be 1 to {MaxIdLength} letters, digits, '-' or '_'; leave it out to have one generated.", "invalid")]);
        }

        var item = await api.Content.NewAsync(input.ContentType, api.CancellationToken);
        if (item is null)
        {
            var hint = NameSuggestion.Closest(input.ContentType, await api.TypeNamesAsync());
            return ContentProblems.Invalid([new ContentValidationError("ContentType",
                hint is null ? $"Unknown content type '{input.ContentType}'." : $"Unknown content type '{input.ContentType}'; did you mean '{hint}'?",
                "unknown")]);
        }

        item.ContentItemId = input.ContentItemId ?? item.ContentItemId;
        item.Owner ??= api.UserId;
        ContentItemJson.Apply(input, item);

        var type = await api.TypeAsync(item.ContentType);
        if (await api.DenyAsync(ContentPermissions.EditContent, item, "create", existing: false) is { } denied)
        {
            return denied;
        }

        if (ContentApi.Publishes(type, draft == true) && await api.DenyAsync(ContentPermissions.PublishContent, item, "publish", existing: false) is { } deniedPublish)
        {
            return deniedPublish;
        }

        var result = await api.Content.CreateAsync(item, draft == true, api.CancellationToken);
        if (!result.Succeeded)
        {
            return ContentProblems.FromFailure(item.ContentItemId, result);
        }

        return TypedResults.Created($"/api/content/{result.Item!.ContentItemId}", ContentItemJson.Write(result.Item));
    }

    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> UpdateAsync(
        [AsParameters] ContentApi api, HttpRequest request, string id, bool? draft)
    {
        var body = await ContentItemJson.ReadAsync(request, api.CancellationToken);
        if (Unreadable(body) is { } unreadable)
        {
            return unreadable;
        }

        var input = body.Input!;
        if (input.ContentItemId is { } bodyId && !string.Equals(bodyId, id, StringComparison.Ordinal))
        {
            return ContentProblems.BadRequest("Ids do not match",
                $"The body's ContentItemId '{bodyId}' differs from the item '{id}' in the URL; send the same id or leave it out.", "ContentItemId");
        }

        return await UpdateCoreAsync(api, id, input, draft == true) switch
        {
            { Item: { } updated } => TypedResults.Ok(updated),
            var failed => failed.Problem!,
        };
    }

    private static async Task<(JsonObject? Item, ProblemHttpResult? Problem)> UpdateCoreAsync(ContentApi api, string id, ContentItemInput input, bool draft)
    {
        var (latest, problem) = await api.LatestAsync(id, "edit", ContentPermissions.EditContent);
        if (latest is null)
        {
            return (null, problem);
        }

        if (input.ContentType is { } type && !string.Equals(type, latest.ContentType, StringComparison.Ordinal))
        {
            return (null, ContentProblems.BadRequest("Content type cannot change",
                $"Item '{id}' is a '{latest.ContentType}'; the body says '{type}'. Send the item's own type or leave ContentType out.", "ContentType"));
        }

        if (input.ContentItemVersionId is null)
        {
            return (null, ContentProblems.Invalid([new ContentValidationError("ContentItemVersionId",
                $"ContentItemVersionId is required on update: send the version your change was made against (the latest is '{latest.ContentItemVersionId}').", "required")]));
        }

        if (ContentApi.Publishes(await api.TypeAsync(latest.ContentType), draft) && await api.DenyAsync(ContentPermissions.PublishContent, latest, "publish") is { } denied)
        {
            return (null, denied);
        }

        var item = latest.Clone();
        item.ContentItemVersionId = input.ContentItemVersionId;
        ContentItemJson.Apply(input, item);

        // The changed item must be editable too, not only the stored one: a workgroup member may not move a page into a
        // workgroup they are not in.
        if (await api.DenyAsync(ContentPermissions.EditContent, item, "edit") is { } deniedChange)
        {
            return (null, deniedChange);
        }
        var result = await api.Content.UpdateAsync(item, draft, api.CancellationToken);
        if (result.Succeeded)
        {
            return (ContentItemJson.Write(result.Item!), null);
        }

        if (result.Failure == ContentFailure.Conflict)
        {
            var current = await api.Content.GetAsync(id, VersionOptions.Latest, api.CancellationToken);
            return (null, ContentProblems.Conflict(id, input.ContentItemVersionId, current?.ContentItemVersionId));
        }

        return (null, ContentProblems.FromFailure(id, result));
    }

    private static ProblemHttpResult? Unreadable(ContentBody body) =>
        body.Problem is { } malformed ? ContentProblems.Malformed(malformed)
        : body.Errors is { Count: > 0 } errors ? ContentProblems.Invalid(errors)
        : null;
}
