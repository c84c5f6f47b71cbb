using StemStl.Cms.Admin;

namespace StemStl.Pathways.Admin;

/// <summary>The living-wage entry of the admin navigation, for those who may set it.</summary>
internal sealed class PathwaysAdminMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
        [new(AdminMenuSections.Configuration, "Living wage", "/admin/pathways/living-wage", 60, PathwayPermissions.ManagePathwaySettings)];
}
