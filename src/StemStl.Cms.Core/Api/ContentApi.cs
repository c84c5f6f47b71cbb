using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Api;

/// <summary>What every content endpoint needs: the manager, the caller, and the checks that turn a refusal into a problem.</summary>
internal sealed record ContentApi(
    IContentManager Content,
    IContentAuthorizationService Authorization,
    IContentDefinitionManager Definitions,
    ClaimsPrincipal User,
    CancellationToken CancellationToken)
{
    public bool IsAnonymous => User.Identity?.IsAuthenticated != true;

    public string? UserId => IsAnonymous ? null : User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>
    /// Null when the caller may do <paramref name="permission"/> to <paramref name="item"/>; otherwise 404 for anonymous
    /// callers (they learn nothing about what exists) and 403 for signed-in ones.
    /// </summary>
    /// <param name="existing">False for an item being created: it has no existence to hide, so a denial is a 403.</param>
    public async Task<ProblemHttpResult?> DenyAsync(Permission permission, ContentItem item, string action, bool existing = true)
    {
        if (await Authorization.AuthorizeAsync(User, permission, item, CancellationToken))
        {
            return null;
        }

        // A caller who may not even see the item learns nothing about it (404); one who may see it is told no (403).
        return IsAnonymous || (existing && !await MaySeeAsync(item)) ? ContentProblems.NotFound(item.ContentItemId) : ContentProblems.Forbidden(action, item.ContentType);
    }

    // View reveals an item only when it has a published version: a never-published draft is known to those who may preview it.
    private async Task<bool> MaySeeAsync(ContentItem item) =>
        await Authorization.AuthorizeAsync(User, ContentPermissions.PreviewContent, item, CancellationToken)
        || ((item.Published || await Content.GetAsync(item.ContentItemId, VersionOptions.Published, CancellationToken) is not null)
            && await Authorization.AuthorizeAsync(User, ContentPermissions.ViewContent, item, CancellationToken));

    /// <summary>The latest version of an item the caller may act on with every one of <paramref name="permissions"/>.</summary>
    public async Task<(ContentItem? Item, ProblemHttpResult? Problem)> LatestAsync(string id, string action, params Permission[] permissions)
    {
        var item = await Content.GetAsync(id, VersionOptions.Latest, CancellationToken);
        if (item is null)
        {
            return (null, ContentProblems.NotFound(id));
        }

        foreach (var permission in permissions)
        {
            if (await DenyAsync(permission, item, action) is { } problem)
            {
                return (null, problem);
            }
        }

        return (item, null);
    }

    public async Task<ContentTypeDefinition?> TypeAsync(string contentType) =>
        (await Definitions.GetSnapshotAsync(CancellationToken)).FindType(contentType);

    public async Task<IEnumerable<string>> TypeNamesAsync() =>
        (await Definitions.GetSnapshotAsync(CancellationToken)).Types.Keys;

    /// <summary>Whether saving makes the change public: always unless it is kept as a draft of a draftable type.</summary>
    public static bool Publishes(ContentTypeDefinition? type, bool draft) => !draft || type?.Settings.Draftable == false;
}
