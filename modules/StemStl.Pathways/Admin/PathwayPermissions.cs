using StemStl.Cms.Security;

namespace StemStl.Pathways.Admin;

/// <summary>The module's own permission: setting the living-wage threshold every occupation is measured against.</summary>
internal sealed class PathwayPermissions : IPermissionProvider
{
    public static readonly Permission ManagePathwaySettings = new("ManagePathwaySettings", "Set the living-wage threshold that pathway occupations are compared with");

    public IEnumerable<Permission> GetPermissions() => [ManagePathwaySettings];

    public IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() =>
        [("Administrator", [ManagePathwaySettings])];
}
