using System.Security.Claims;
using StemStl.Cms.Content;
using StemStl.Cms.Security;
using StemStl.Workgroups.Membership;

namespace StemStl.Workgroups.PageTree;

/// <summary>One page as the page tree shows it: its latest version, and whether a published version exists beside it.</summary>
internal sealed record TreePage(ContentItem Latest, bool HasPublishedVersion);

/// <summary>
/// A workgroup's pages in their order, and reordering them. Open to the workgroup's members and chairs, and to people
/// who may edit workgroup pages in general (editors, administrators); each page written is still checked on its own.
/// </summary>
internal sealed class WorkgroupPageTree(
    IContentManager content,
    IContentList list,
    IContentAuthorizationService authorization,
    IContentBatch batch,
    WorkgroupMembership membership)
{
    /// <summary>Whether <paramref name="user"/> may see and order the pages of <paramref name="workgroupId"/>, and the workgroup when it exists.</summary>
    public async Task<(PageTreeAccess Access, ContentItem? Workgroup)> CheckAsync(ClaimsPrincipal user, string workgroupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return (PageTreeAccess.NotSignedIn, null);
        }

        var workgroup = await content.GetAsync(workgroupId, VersionOptions.Latest, cancellationToken);
        if (workgroup?.ContentType != WorkgroupModel.WorkgroupType)
        {
            return (PageTreeAccess.NoSuchWorkgroup, null);
        }

        var isMember = user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            && await membership.GetRoleAsync(userId, workgroupId, cancellationToken) != WorkgroupRole.None;
        var allowed = isMember || await authorization.AuthorizeAsync(user, ContentPermissions.EditContent, WorkgroupModel.PageType, cancellationToken);
        return (allowed ? PageTreeAccess.Allowed : PageTreeAccess.Forbidden, workgroup);
    }

    /// <summary>The workgroup's pages, latest versions (drafts included), in their order, then by title.</summary>
    public async Task<IReadOnlyList<TreePage>> PagesAsync(string workgroupId, CancellationToken cancellationToken)
    {
        var entries = new List<ContentListEntry>();
        for (var skip = 0; ; skip += ContentListQuery.MaxTake)
        {
            var page = await list.QueryAsync(
                new ContentListQuery { ContentTypes = [WorkgroupModel.PageType], Skip = skip, Take = ContentListQuery.MaxTake, Sort = ContentListSort.CreatedDescending },
                cancellationToken);
            entries.AddRange(page.Items);
            if (page.Items.Count < ContentListQuery.MaxTake)
            {
                break;
            }
        }

        var published = entries.Where(e => e.HasPublishedVersion).Select(e => e.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var items = await content.GetManyAsync(entries.Select(e => e.ContentItemId), VersionOptions.Latest, cancellationToken);
        return [.. items
            .Where(i => WorkgroupModel.WorkgroupOfPage(i) == workgroupId)
            .OrderBy(WorkgroupModel.OrderOfPage)
            .ThenBy(i => i.DisplayText, StringComparer.OrdinalIgnoreCase)
            .Select(i => new TreePage(i, published.Contains(i.ContentItemId)))];
    }

    /// <summary>
    /// Gives the pages the positions 1, 2, 3… in the order of <paramref name="orderedIds"/>, which must name every page of
    /// the workgroup once. All pages change or none does.
    /// </summary>
    /// <remarks>
    /// The order lives in each page's own version, so it follows the publishing rules: a page whose latest version is
    /// published gets a new published version when the user may publish it, and a draft (for review) when they may not;
    /// a page with a pending draft has the draft changed, and the site sees the new place when that draft is published.
    /// Nobody's unreviewed draft is ever published by a reorder.
    /// </remarks>
    public async Task<ReorderResult> ReorderAsync(ClaimsPrincipal user, string workgroupId, IReadOnlyList<string> orderedIds, CancellationToken cancellationToken)
    {
        var pages = await PagesAsync(workgroupId, cancellationToken);
        if (Mismatch(pages, orderedIds) is { } mismatch)
        {
            return ReorderResult.Invalid(mismatch);
        }

        var changes = new List<(ContentItem Page, int Position, bool Publish)>();
        var byId = pages.ToDictionary(p => p.Latest.ContentItemId, p => p.Latest, StringComparer.Ordinal);
        for (var i = 0; i < orderedIds.Count; i++)
        {
            var page = byId[orderedIds[i]];
            if (!await authorization.AuthorizeAsync(user, ContentPermissions.EditContent, page, cancellationToken))
            {
                return ReorderResult.Forbidden($"Your roles do not let you edit \"{page.DisplayText}\", so you cannot move it.");
            }

            if (WorkgroupModel.OrderOfPage(page) != i + 1)
            {
                changes.Add((page, i + 1, page.Published && await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, page, cancellationToken)));
            }
        }

        string? failure = null;
        await batch.RunAsync(async ct =>
        {
            foreach (var (page, position, publish) in changes)
            {
                var edited = page.Clone();
                edited.Part(WorkgroupModel.PageType)["Order"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = position };
                var result = await content.UpdateAsync(edited, draft: !publish, ct);
                if (!result.Succeeded)
                {
                    failure = $"\"{page.DisplayText}\" could not be moved: {string.Join(" ", result.Errors.Select(e => e.Message))}";
                    return false;
                }
            }

            return true;
        }, cancellationToken);
        return failure is null ? ReorderResult.Done(changes.Count) : ReorderResult.Invalid(failure);
    }

    private static string? Mismatch(IReadOnlyList<TreePage> pages, IReadOnlyList<string> orderedIds)
    {
        var known = pages.Select(p => p.Latest.ContentItemId).ToHashSet(StringComparer.Ordinal);
        if (orderedIds.Distinct(StringComparer.Ordinal).Count() != orderedIds.Count)
        {
            return "The new order names a page more than once; reload the page and move the pages again.";
        }

        if (orderedIds.FirstOrDefault(id => !known.Contains(id)) is { } stranger)
        {
            return $"'{stranger}' is not a page of this workgroup; reload the page and move the pages again.";
        }

        return orderedIds.Count != known.Count
            ? $"The new order names {orderedIds.Count} of the workgroup's {known.Count} pages; someone may have added one, so reload the page and move the pages again."
            : null;
    }
}

/// <summary>The outcome of a page tree access check.</summary>
internal enum PageTreeAccess
{
    Allowed,
    NotSignedIn,
    Forbidden,
    NoSuchWorkgroup,
}

/// <summary>The outcome of a reorder: how many pages moved, or why none did.</summary>
internal sealed record ReorderResult(bool Succeeded, bool IsForbidden, int Moved, string? Error)
{
    public static ReorderResult Done(int moved) => new(true, false, moved, null);

    public static ReorderResult Invalid(string error) => new(false, false, 0, error);

    public static ReorderResult Forbidden(string error) => new(false, true, 0, error);
}
