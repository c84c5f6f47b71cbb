namespace StemStl.Cms.Security;

/// <summary>The engine's permissions that are not about content.</summary>
internal sealed class EnginePermissions : IPermissionProvider
{
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Open the admin");
    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable features");
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Run recipes against the site");
    public static readonly Permission ManageApiTokens = new("ManageApiTokens", "Create, list and revoke API tokens");
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit and delete users");
    public static readonly Permission ManageRoles = new("ManageRoles", "Create roles and grant them permissions");
    public static readonly Permission ManageWebhooks = new("ManageWebhooks", "Configure webhooks and read their delivery logs");
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "Read the audit trail");
    public static readonly Permission ManageContentDefinitions = new("ManageContentDefinitions", "Create, change and delete content types and parts");
    public static readonly Permission ManageMedia = new("ManageMedia", "Upload, list and delete media library files");
    public static readonly Permission ManageSettings = new("ManageSettings", "Edit the site settings, such as the front end's preview address");
    public static readonly Permission ManageJobs = new("ManageJobs", "See and cancel everyone's background jobs");

    public static IReadOnlyList<Permission> All { get; } =
        [AccessAdminPanel, ManageFeatures, ManageRecipes, ManageApiTokens, ManageUsers, ManageRoles, ManageWebhooks, ViewAuditTrail, ManageContentDefinitions, ManageMedia, ManageSettings, ManageJobs];

    public IEnumerable<Permission> GetPermissions() => [.. All, .. ContentPermissions.Workgroup];

    public IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() =>
        [(CmsRoles.Administrator, [.. All, .. ContentPermissions.All])];
}
