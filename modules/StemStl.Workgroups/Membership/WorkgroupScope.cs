using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Workgroups.Membership;

/// <summary>
/// The workgroup scope the authorization service asks: a page belongs to the workgroup its picker names, a workgroup
/// to itself, anything else to none; membership comes from <see cref="WorkgroupMembership"/>.
/// </summary>
internal sealed class WorkgroupScope(WorkgroupMembership membership) : IWorkgroupScope
{
    public ValueTask<string?> GetWorkgroupIdAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ValueTask.FromResult(WorkgroupModel.WorkgroupOf(item));
    }

    public async ValueTask<WorkgroupRole> GetMembershipAsync(string userId, string workgroupId, CancellationToken cancellationToken = default) =>
        await membership.GetRoleAsync(userId, workgroupId, cancellationToken);

    public async ValueTask<IReadOnlyDictionary<string, WorkgroupRole>> GetWorkgroupsOfAsync(string userId, CancellationToken cancellationToken = default) =>
        (await membership.GetAllAsync(cancellationToken))
            .Where(w => w.Value.ContainsKey(userId))
            .ToDictionary(w => w.Key, w => w.Value[userId], StringComparer.Ordinal);
}
