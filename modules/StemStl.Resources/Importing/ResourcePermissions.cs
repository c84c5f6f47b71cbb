using StemStl.Cms.Security;

namespace StemStl.Resources.Importing;

/// <summary>The module's own permission: importing resources in bulk.</summary>
internal sealed class ResourcePermissions : IPermissionProvider
{
    public static readonly Permission ImportResources = new("ImportResources", "Import educator resources in bulk from a CSV file");

    public IEnumerable<Permission> GetPermissions() => [ImportResources];

    public IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() =>
        [("Administrator", [ImportResources]), ("Editor", [ImportResources])];
}
