using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using StemStl.Cms.Admin.Editors;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Content;

/// <summary>What the editor may do with the item in front of them; buttons the user may not use are not shown.</summary>
internal sealed record EditorRights(bool Publish, bool Delete);

/// <summary>The outcome of saving the editor form: the saved item, or errors keyed by form input ("" for the form as a whole).</summary>
internal sealed record EditorSaveResult(ContentItem? Saved, IReadOnlyDictionary<string, string> Errors, bool Conflict = false);

/// <summary>
/// The admin editor's reads and writes. Every decision about who may do what goes to
/// <see cref="IContentAuthorizationService"/>, exactly as the REST API asks it.
/// </summary>
internal sealed class ContentEditing(
    IContentManager content,
    IContentDefinitionManager definitions,
    IContentAuthorizationService authorization,
    ContentEditorBuilder builder)
{
    public async Task<ContentTypeDefinition?> TypeAsync(string name, CancellationToken cancellationToken) =>
        (await definitions.GetSnapshotAsync(cancellationToken)).FindType(name);

    public Task<IReadOnlyList<EditorGroup>> GroupsAsync(ContentTypeDefinition type, CancellationToken cancellationToken) =>
        builder.BuildAsync(type, cancellationToken);

    /// <summary>The latest version when the user may edit it; null when it does not exist or they may not (the two look alike).</summary>
    public async Task<ContentItem?> EditableAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item is not null && await authorization.AuthorizeAsync(user, ContentPermissions.EditContent, item, cancellationToken) ? item : null;
    }

    /// <summary>Every version of an item the user may edit, newest first; empty when it does not exist or they may not.</summary>
    public async Task<IReadOnlyList<ContentItem>> VersionsAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        await EditableAsync(user, id, cancellationToken) is null ? [] : await content.ListVersionsAsync(id, cancellationToken);

    /// <summary>Restores an old version as the latest, with the rights the REST API asks for the same change.</summary>
    public async Task<ContentOperationResult> RestoreAsync(ClaimsPrincipal user, string id, string versionId, CancellationToken cancellationToken)
    {
        var latest = await EditableAsync(user, id, cancellationToken);
        if (latest is null)
        {
            return ContentOperationResult.Fail(ContentFailure.NotFound, "", "The item does not exist, or your roles do not allow this.");
        }

        var type = await TypeAsync(latest.ContentType, cancellationToken);
        if (latest.Published && type?.Settings.Versionable == false
            && !await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, latest, cancellationToken))
        {
            return ContentOperationResult.Fail(ContentFailure.NotApplicable, "",
                "Restoring would change the published item directly (its type keeps no drafts), and your roles do not allow publishing it.");
        }

        return await content.RestoreAsync(id, versionId, cancellationToken);
    }

    public async Task<bool> HasPublishedVersionAsync(string id, CancellationToken cancellationToken) =>
        await content.GetAsync(id, VersionOptions.Published, cancellationToken) is not null;

    public Task<bool> MayCreateAsync(ClaimsPrincipal user, ContentTypeDefinition type, CancellationToken cancellationToken) =>
        type.Settings.Creatable ? authorization.AuthorizeAsync(user, ContentPermissions.EditContent, type.Name, cancellationToken) : Task.FromResult(false);

    public async Task<EditorRights> RightsAsync(ClaimsPrincipal user, ContentItem item, CancellationToken cancellationToken) => new(
        await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, item, cancellationToken),
        await authorization.AuthorizeAsync(user, ContentPermissions.DeleteContent, item, cancellationToken));

    /// <summary>Applies the form to <paramref name="item"/> and saves it as a draft or published, creating it when <paramref name="isNew"/>.</summary>
    public async Task<EditorSaveResult> SaveAsync(
        ClaimsPrincipal user, ContentItem item, ContentTypeDefinition type, IFormCollection form, bool publish, bool isNew, CancellationToken cancellationToken)
    {
        var groups = await builder.BuildAsync(type, cancellationToken);
        var errors = ContentFormReader.Apply(groups, form, item);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var draft = !publish && type.Settings.Draftable;
        if (!draft && !await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, item, cancellationToken))
        {
            return Refused("Your roles let you save drafts of this item but not publish it; save it as a draft and ask an editor to publish it.");
        }

        var result = isNew
            ? await content.CreateAsync(item, draft, cancellationToken)
            : await content.UpdateAsync(item, draft, cancellationToken);
        if (result.Succeeded)
        {
            return new(result.Item, new Dictionary<string, string>());
        }

        if (result.Failure == ContentFailure.Conflict)
        {
            return new(null, new Dictionary<string, string>
            {
                [""] = "Someone saved this item after you opened it. Your changes are still in the form: copy what you need, then reload to see their version.",
            }, Conflict: true);
        }

        return new(null, EditorErrors.ByInput(groups, result.Errors));
    }

    public async Task<ContentOperationResult> LifecycleAsync(ClaimsPrincipal user, string id, EditorAction action, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        var permission = action == EditorAction.Delete ? ContentPermissions.DeleteContent
            : action == EditorAction.DiscardDraft ? ContentPermissions.EditContent
            : ContentPermissions.PublishContent;
        if (item is null || !await authorization.AuthorizeAsync(user, permission, item, cancellationToken))
        {
            return ContentOperationResult.Fail(ContentFailure.NotFound, "", "The item does not exist, or your roles do not allow this.");
        }

        return action switch
        {
            EditorAction.Publish => await content.PublishAsync(id, cancellationToken),
            EditorAction.Unpublish => await content.UnpublishAsync(id, cancellationToken),
            EditorAction.DiscardDraft => await content.DiscardDraftAsync(id, cancellationToken),
            _ => await content.RemoveAsync(id, cancellationToken),
        };
    }

    private static EditorSaveResult Refused(string message) => new(null, new Dictionary<string, string> { [""] = message });
}

/// <summary>The editor's one-click actions besides saving.</summary>
internal enum EditorAction
{
    Publish,
    Unpublish,
    DiscardDraft,
    Delete,
}
