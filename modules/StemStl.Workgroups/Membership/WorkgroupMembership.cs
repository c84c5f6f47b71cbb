using System.Text.Json.Nodes;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;

namespace StemStl.Workgroups.Membership;

/// <summary>
/// Who is in which workgroup, kept in the site settings section <see cref="Section"/> as
/// <c>{"&lt;workgroup id&gt;": {"&lt;user id&gt;": "Member" | "Chair"}}</c>: the store the module may reach without Core,
/// written in the request's transaction, and untouched while the feature is off. Read once per request (scope).
/// </summary>
internal sealed class WorkgroupMembership(ISiteSettings settings, MembershipWriteLock writeLock)
{
    public const string Section = "WorkgroupMembers";

    private Dictionary<string, Dictionary<string, WorkgroupRole>>? _all;

    /// <summary>Every workgroup's members and chairs, by workgroup id then user id.</summary>
    public async Task<IReadOnlyDictionary<string, Dictionary<string, WorkgroupRole>>> GetAllAsync(CancellationToken cancellationToken) =>
        _all ??= Parse(await settings.GetSectionAsync(Section, cancellationToken));

    /// <summary>The members and chairs of one workgroup, by user id.</summary>
    public async Task<IReadOnlyDictionary<string, WorkgroupRole>> GetMembersAsync(string workgroupId, CancellationToken cancellationToken) =>
        (await GetAllAsync(cancellationToken)).GetValueOrDefault(workgroupId) ?? [];

    /// <summary>What the user is in the workgroup.</summary>
    public async Task<WorkgroupRole> GetRoleAsync(string userId, string workgroupId, CancellationToken cancellationToken) =>
        (await GetMembersAsync(workgroupId, cancellationToken)).GetValueOrDefault(userId);

    /// <summary>Adds the user as <paramref name="role"/>, or changes their role; <see cref="WorkgroupRole.None"/> removes them.</summary>
    public Task SetAsync(string workgroupId, string userId, WorkgroupRole role, CancellationToken cancellationToken) =>
        ChangeAsync(all =>
        {
            var members = all.GetValueOrDefault(workgroupId) ?? new Dictionary<string, WorkgroupRole>(StringComparer.Ordinal);
            if (role == WorkgroupRole.None)
            {
                members.Remove(userId);
            }
            else
            {
                members[userId] = role;
            }

            all[workgroupId] = members;
        }, cancellationToken);

    /// <summary>Forgets everyone in a workgroup that no longer exists.</summary>
    public Task RemoveWorkgroupAsync(string workgroupId, CancellationToken cancellationToken) =>
        ChangeAsync(all => all.Remove(workgroupId), cancellationToken);

    private async Task ChangeAsync(Action<Dictionary<string, Dictionary<string, WorkgroupRole>>> change, CancellationToken cancellationToken)
    {
        // Read-modify-write of one JSON row: serialised on this node so two admins' changes cannot overwrite each other.
        await writeLock.Gate.WaitAsync(cancellationToken);
        try
        {
            var all = Parse(await settings.GetSectionAsync(Section, cancellationToken));
            change(all);
            await settings.SetSectionAsync(Section, Serialize(all), merge: false, cancellationToken);
            _all = all;
        }
        finally
        {
            writeLock.Gate.Release();
        }
    }

    private static Dictionary<string, Dictionary<string, WorkgroupRole>> Parse(JsonObject? section)
    {
        var all = new Dictionary<string, Dictionary<string, WorkgroupRole>>(StringComparer.Ordinal);
        foreach (var (workgroupId, node) in section ?? [])
        {
            if (node is not JsonObject members)
            {
                continue;
            }

            var roles = new Dictionary<string, WorkgroupRole>(StringComparer.Ordinal);
            foreach (var (userId, value) in members)
            {
                // A hand-edited value that names no role grants nothing.
                if (value is JsonValue text && text.TryGetValue<string>(out var name)
                    && Enum.TryParse<WorkgroupRole>(name, ignoreCase: true, out var role) && role != WorkgroupRole.None)
                {
                    roles[userId] = role;
                }
            }

            all[workgroupId] = roles;
        }

        return all;
    }

    private static JsonObject Serialize(Dictionary<string, Dictionary<string, WorkgroupRole>> all)
    {
        var section = new JsonObject();
        foreach (var (workgroupId, members) in all.Where(w => w.Value.Count > 0).OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var roles = new JsonObject();
            foreach (var (userId, role) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                roles[userId] = role.ToString();
            }

            section[workgroupId] = roles;
        }

        return section;
    }
}

/// <summary>The one gate membership writes pass through on this node.</summary>
internal sealed class MembershipWriteLock : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Dispose() => Gate.Dispose();
}
