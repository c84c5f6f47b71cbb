using StemStl.Cms.Security;

namespace StemStl.Workgroups.Membership;

/// <summary>The module's own permission: deciding who is in which workgroup.</summary>
internal sealed class WorkgroupPermissions : IPermissionProvider
{
    public static readonly Permission ManageWorkgroupMembers = new("ManageWorkgroupMembers", "Add people to workgroups as members or chairs, and remove them");

    public IEnumerable<Permission> GetPermissions() => [ManageWorkgroupMembers];

    public IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() =>
        [("Administrator", [ManageWorkgroupMembers])];
}
