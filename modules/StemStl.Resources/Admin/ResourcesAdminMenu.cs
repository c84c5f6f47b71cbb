using StemStl.Cms.Admin;
using StemStl.Resources.Importing;

namespace StemStl.Resources.Admin;

/// <summary>The import screen's entry in the admin navigation, for those who may import.</summary>
internal sealed class ResourcesAdminMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
        [new(AdminMenuSections.Content, "Import resources", "/admin/resources/import", 45, ResourcePermissions.ImportResources)];
}
