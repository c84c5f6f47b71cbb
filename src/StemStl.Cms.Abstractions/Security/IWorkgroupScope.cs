using StemStl.Cms.Content;

namespace StemStl.Cms.Security;

/// <summary>
/// Workgroup membership as the authorization service sees it. The workgroups module provides it (contributed through
/// its feature, read through <see cref="Modules.IEnabled{T}"/>); with the module off, no item is in a workgroup and the
/// workgroup-scoped permissions grant nothing.
/// </summary>
public interface IWorkgroupScope
{
    /// <summary>The content item id of the workgroup <paramref name="item"/> belongs to, or null when it belongs to none.</summary>
    ValueTask<string?> GetWorkgroupIdAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>What the user with <paramref name="userId"/> is in the workgroup <paramref name="workgroupId"/>.</summary>
    ValueTask<WorkgroupRole> GetMembershipAsync(string userId, string workgroupId, CancellationToken cancellationToken = default);

    /// <summary>The workgroups the user belongs to, as member or chair (for dashboards and list filters).</summary>
    ValueTask<IReadOnlyDictionary<string, WorkgroupRole>> GetWorkgroupsOfAsync(string userId, CancellationToken cancellationToken = default);
}

/// <summary>A user's standing in one workgroup.</summary>
public enum WorkgroupRole
{
    /// <summary>Not in the workgroup.</summary>
    None,

    /// <summary>Edits the workgroup's pages and submits them for review.</summary>
    Member,

    /// <summary>A member who may also publish the workgroup's pages.</summary>
    Chair,
}
