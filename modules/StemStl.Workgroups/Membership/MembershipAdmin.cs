using System.Security.Claims;
using System.Text.Json.Nodes;
using StemStl.Cms.Audit;
using StemStl.Cms.Content;
using StemStl.Cms.Security;

namespace StemStl.Workgroups.Membership;

/// <summary>
/// Managing who is in a workgroup, for the REST API and the admin pages alike: the one access check, the list as people
/// read it, and audited changes.
/// </summary>
internal sealed class MembershipAdmin(
    WorkgroupMembership membership,
    IUserDirectory users,
    IContentManager content,
    IContentAuthorizationService authorization,
    IAuditTrail audit)
{
    /// <summary>Whether <paramref name="user"/> may manage the members of <paramref name="workgroupId"/>, and if not, why.</summary>
    public async Task<MembershipAccess> CheckAsync(ClaimsPrincipal user, string workgroupId, CancellationToken cancellationToken)
    {
        if (await CheckAsync(user, cancellationToken) is not MembershipAccess.Allowed and var refused)
        {
            return refused;
        }

        var workgroup = await content.GetAsync(workgroupId, VersionOptions.Latest, cancellationToken);
        return workgroup?.ContentType == WorkgroupModel.WorkgroupType ? MembershipAccess.Allowed : MembershipAccess.NoSuchWorkgroup;
    }

    /// <summary>Whether <paramref name="user"/> may manage workgroup members at all.</summary>
    public async Task<MembershipAccess> CheckAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return MembershipAccess.NotSignedIn;
        }

        return await authorization.AuthorizeAsync(user, WorkgroupPermissions.ManageWorkgroupMembers, cancellationToken)
            ? MembershipAccess.Allowed
            : MembershipAccess.Forbidden;
    }

    /// <summary>The workgroup's people, chairs first, then by name. Deleted accounts are left out: they grant nothing either.</summary>
    public async Task<IReadOnlyList<(UserSummary User, WorkgroupRole Role)>> ListAsync(string workgroupId, CancellationToken cancellationToken)
    {
        var members = await membership.GetMembersAsync(workgroupId, cancellationToken);
        var accounts = await users.GetManyAsync(members.Keys, cancellationToken);
        return [.. members
            .Where(m => accounts.ContainsKey(m.Key))
            .Select(m => (accounts[m.Key], m.Value))
            .OrderByDescending(m => m.Value == WorkgroupRole.Chair)
            .ThenBy(m => m.Item1.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Adds the user with <paramref name="role"/>, or changes their role; records the change.</summary>
    public async Task SetRoleAsync(string workgroupId, string userId, WorkgroupRole role, CancellationToken cancellationToken)
    {
        var before = await membership.GetRoleAsync(userId, workgroupId, cancellationToken);
        if (before == role)
        {
            return;
        }

        // Recorded first: the trail saves its event with the next write, which is the membership's own.
        audit.Record(Event(before == WorkgroupRole.None ? "MemberAdded" : "MemberRoleChanged", workgroupId, userId, role));
        await membership.SetAsync(workgroupId, userId, role, cancellationToken);
    }

    /// <summary>Removes the user from the workgroup; false when they were not in it.</summary>
    public async Task<bool> RemoveAsync(string workgroupId, string userId, CancellationToken cancellationToken)
    {
        if (await membership.GetRoleAsync(userId, workgroupId, cancellationToken) == WorkgroupRole.None)
        {
            return false;
        }

        audit.Record(Event("MemberRemoved", workgroupId, userId, WorkgroupRole.None));
        await membership.SetAsync(workgroupId, userId, WorkgroupRole.None, cancellationToken);
        return true;
    }

    /// <summary><c>member</c> or <c>chair</c>, as the API and the admin write a role.</summary>
    public static string RoleName(WorkgroupRole role) => role == WorkgroupRole.Chair ? "chair" : "member";

    /// <summary>The role a request names, or null when it names neither of the two.</summary>
    public static WorkgroupRole? ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "member" => WorkgroupRole.Member,
        "chair" => WorkgroupRole.Chair,
        _ => null,
    };

    private static AuditEvent Event(string action, string workgroupId, string userId, WorkgroupRole role) =>
        new("Workgroups", action, workgroupId, ContentType: WorkgroupModel.WorkgroupType, Details: new JsonObject
        {
            ["userId"] = userId,
            ["role"] = role == WorkgroupRole.None ? null : RoleName(role),
        });
}

/// <summary>The outcome of a membership access check.</summary>
internal enum MembershipAccess
{
    Allowed,
    NotSignedIn,
    Forbidden,
    NoSuchWorkgroup,
}
