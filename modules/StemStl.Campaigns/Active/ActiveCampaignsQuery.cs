using System.Security.Claims;
using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Campaigns.Active;

/// <summary>
/// The campaigns running at an instant that a caller may see, for the REST endpoint: published versions need
/// ViewContent, drafts (asked for with <c>status=latest</c>) need PreviewContent, both asked of the one authorization
/// service per item. Items the caller may not see are left out, as a list leaves them out.
/// </summary>
internal sealed class ActiveCampaignsQuery(CampaignCatalog catalog, IContentManager content, IContentAuthorizationService authorization)
{
    public async Task<IReadOnlyList<ContentItem>> FindAsync(ClaimsPrincipal user, DateTimeOffset at, bool includeDrafts, CancellationToken cancellationToken)
    {
        var entries = await catalog.AllAsync(cancellationToken);
        var published = await VisibleAsync(user, CampaignCatalog.WithPublishedVersion(entries), VersionOptions.Published, ContentPermissions.ViewContent, cancellationToken);
        var drafts = includeDrafts
            ? await VisibleAsync(user, CampaignCatalog.WithDraft(entries), VersionOptions.Latest, ContentPermissions.PreviewContent, cancellationToken)
            : [];
        return CampaignCatalog.RunningAt(published, drafts, at);
    }

    private async Task<IReadOnlyList<ContentItem>> VisibleAsync(
        ClaimsPrincipal user, IReadOnlyList<string> ids, VersionOptions version, Permission permission, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var visible = new List<ContentItem>();
        foreach (var item in await content.GetManyAsync(ids, version, cancellationToken))
        {
            if (await authorization.AuthorizeAsync(user, permission, item, cancellationToken))
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
