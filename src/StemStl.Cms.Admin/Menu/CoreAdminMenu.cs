using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Menu;

/// <summary>The admin shell's own entries; modules add theirs through their features.</summary>
internal sealed class CoreAdminMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new(AdminMenuSections.Content, "Dashboard", "/admin", 0),
        new(AdminMenuSections.Content, "Content items", "/admin/content", 10, ContentPermissions.ListContent),
        new(AdminMenuSections.Content, "Media library", "/admin/media", 20, EnginePermissions.ManageMedia),
        new(AdminMenuSections.Content, "GraphQL IDE", "/admin/graphql", 90),
        new(AdminMenuSections.Design, "Content definitions", "/admin/definitions", 10, EnginePermissions.ManageContentDefinitions),
        new(AdminMenuSections.Configuration, "Features", "/admin/features", 10, EnginePermissions.ManageFeatures),
        new(AdminMenuSections.Configuration, "Webhooks", "/admin/webhooks", 30, EnginePermissions.ManageWebhooks),
        new(AdminMenuSections.Configuration, "Preview on site", "/admin/settings/preview", 40, EnginePermissions.ManageSettings),
        new(AdminMenuSections.Configuration, "Recipes", "/admin/recipes", 45, EnginePermissions.ManageRecipes),
        new(AdminMenuSections.Configuration, "Background jobs", "/admin/jobs", 50),
        new(AdminMenuSections.Security, "Users", "/admin/users", 10, EnginePermissions.ManageUsers),
        new(AdminMenuSections.Security, "Roles", "/admin/roles", 20, EnginePermissions.ManageRoles),
        new(AdminMenuSections.Security, "API access", "/admin/tokens", 30, EnginePermissions.ManageApiTokens),
        new(AdminMenuSections.Security, "Audit trail", "/admin/audit", 50, EnginePermissions.ViewAuditTrail),
        new(AdminMenuSections.Security, "Change password", "/admin/account/password", 100),
    ];
}
