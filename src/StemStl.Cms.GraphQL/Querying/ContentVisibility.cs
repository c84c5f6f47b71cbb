using System.Security.Claims;
using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Cms.GraphQL.Querying;

/// <summary>How a list is narrowed to what the caller may see.</summary>
internal enum ListScope
{
    /// <summary>Nothing: the caller holds neither the permission nor its "own" form.</summary>
    None,

    /// <summary>Only items the caller owns: narrowed in SQL.</summary>
    Own,

    /// <summary>Every item of the type: nothing to narrow.</summary>
    All,

    /// <summary>
    /// Some items by a rule SQL cannot express (workgroup membership): each candidate is asked about, so pages and
    /// totals still count only what the caller may see.
    /// </summary>
    Checked,
}

/// <summary>
/// Every GraphQL read asks here, and here asks only <see cref="IContentAuthorizationService"/>: published versions need
/// View, anything else needs Preview (a preview token grants both for its item or type). Lists are narrowed before
/// paging, so a total or a page never counts an item the caller could not open.
/// </summary>
internal sealed class ContentVisibility(IContentAuthorizationService authorization)
{
    public static Permission PermissionFor(VersionOptions options) =>
        options == VersionOptions.Published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent;

    public async Task<ListScope> ListScopeAsync(ClaimsPrincipal user, string contentType, ContentStatus status, CancellationToken cancellationToken)
    {
        var permission = PermissionFor(status.ToVersionOptions());
        if (await authorization.AuthorizeAsync(user, permission, contentType, cancellationToken))
        {
            return ListScope.All;
        }

        // Workgroup members preview their workgroups' items; preview tokens for one item; both are answered per item.
        if ((status != ContentStatus.Published && await authorization.AuthorizeAsync(user, ContentPermissions.EditWorkgroupContent, cancellationToken))
            || user.HasClaim(c => c.Type == PreviewTokenClaims.ItemClaimType))
        {
            return ListScope.Checked;
        }

        // The "own" form counts only for items the caller owns: ask about an item that stands for them.
        var userId = UserId(user);
        return userId is not null
            && await authorization.AuthorizeAsync(user, permission, new ContentItem { ContentType = contentType, Owner = userId }, cancellationToken)
            ? ListScope.Own
            : ListScope.None;
    }

    public Task<bool> CanSeeAsync(ClaimsPrincipal user, ContentItem item, VersionOptions options, CancellationToken cancellationToken) =>
        authorization.AuthorizeAsync(user, PermissionFor(options), item, cancellationToken);

    /// <summary>The items the caller may see, in their order.</summary>
    public async Task<IReadOnlyList<ContentItem>> VisibleAsync(ClaimsPrincipal user, IEnumerable<ContentItem> items, VersionOptions options, CancellationToken cancellationToken)
    {
        var visible = new List<ContentItem>();
        foreach (var item in items)
        {
            if (await CanSeeAsync(user, item, options, cancellationToken))
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    public static string? UserId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
