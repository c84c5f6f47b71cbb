using StemStl.Cms.Admin;
using StemStl.Workgroups.Membership;

namespace StemStl.Workgroups.Admin;

/// <summary>The workgroups entry of the admin navigation, for those who manage members.</summary>
internal sealed class WorkgroupsAdminMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
        [new(AdminMenuSections.Content, "Workgroups", "/admin/workgroups", 40, WorkgroupPermissions.ManageWorkgroupMembers)];
}
