namespace StemStl.Cms.Security;

/// <summary>A named right. Names follow Orchard Core's (<c>EditContent</c>, <c>Edit_Resource</c>).</summary>
/// <param name="Name">Stable name, stored in role claims.</param>
/// <param name="Description">For the roles screen.</param>
/// <param name="ImpliedBy">Permissions that grant this one too (a global permission implies its per-type forms).</param>
public sealed record Permission(string Name, string Description, IReadOnlyList<Permission>? ImpliedBy = null)
{
    /// <summary>The claim type under which roles and tokens carry permission names.</summary>
    public const string ClaimType = "Permission";

    public override string ToString() => Name;
}

/// <summary>Contributes permissions and the roles they belong to by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Default grants per role name, applied when the role is first created.</summary>
    IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() => [];
}
