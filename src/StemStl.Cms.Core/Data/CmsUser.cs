using Microsoft.AspNetCore.Identity;

namespace StemStl.Cms.Data;

/// <summary>An editor, administrator or workgroup member.</summary>
public sealed class CmsUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A role; its permissions are role claims of type <see cref="Security.Permission.ClaimType"/>.</summary>
public sealed class CmsRole : IdentityRole
{
    public string? Description { get; set; }
}
