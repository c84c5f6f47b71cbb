using StemStl.Cms.Security;
using StemStl.Workgroups.Membership;

namespace StemStl.Workgroups.GraphQL;

/// <summary>
/// The people of every workgroup as GraphQL shows them, loaded once per request: one read of the membership and one
/// query for all their accounts, however many workgroups a query lists.
/// </summary>
internal sealed class WorkgroupPeople(WorkgroupMembership membership, IUserDirectory users)
{
    private IReadOnlyDictionary<string, UserSummary>? _accounts;

    /// <summary>The workgroup's people holding exactly <paramref name="role"/>, by display name.</summary>
    public async Task<IReadOnlyList<UserSummary>> GetAsync(string workgroupId, WorkgroupRole role, CancellationToken cancellationToken)
    {
        var all = await membership.GetAllAsync(cancellationToken);
        _accounts ??= await users.GetManyAsync(all.Values.SelectMany(m => m.Keys), cancellationToken);
        var accounts = _accounts;
        return [.. (all.GetValueOrDefault(workgroupId) ?? [])
            .Where(m => m.Value == role && accounts.ContainsKey(m.Key))
            .Select(m => accounts[m.Key])
            .OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }
}
