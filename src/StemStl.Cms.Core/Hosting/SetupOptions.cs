using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Hosting;

/// <summary>How a new site is set up on first run. Section <c>StemStl:Setup</c>.</summary>
public sealed class SetupOptions
{
    public const string Section = "StemStl:Setup";

    /// <summary>The setup recipe, by name or file name in the recipes folder.</summary>
    [Required]
    public string Recipe { get; set; } = "stemstl";

    [Required]
    public string AdminUserName { get; set; } = "admin";

    [Required]
    [EmailAddress]
    public string AdminEmail { get; set; } = "admin@stemstl.local";

    /// <summary>The administrator's password; when empty a strong one is generated and printed once on the console.</summary>
    public string? AdminPassword { get; set; }
}
