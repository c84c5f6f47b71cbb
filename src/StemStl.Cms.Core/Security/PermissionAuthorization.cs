using Microsoft.AspNetCore.Authorization;

namespace StemStl.Cms.Security;

/// <summary>Names of the authorization policies the engine defines, one per non-content permission.</summary>
public static class CmsPolicies
{
    public const string AccessAdminPanel = "AccessAdminPanel";
    public const string ManageFeatures = "ManageFeatures";
    public const string ManageRecipes = "ManageRecipes";
    public const string ManageApiTokens = "ManageApiTokens";
    public const string ManageUsers = "ManageUsers";
    public const string ManageRoles = "ManageRoles";
    public const string ManageWebhooks = "ManageWebhooks";
    public const string ViewAuditTrail = "ViewAuditTrail";
    public const string ManageContentDefinitions = "ManageContentDefinitions";
    public const string ManageMedia = "ManageMedia";
    public const string ManageSettings = "ManageSettings";
    public const string ManageJobs = "ManageJobs";
}

/// <summary>Met when the caller holds <see cref="Permission"/>, as <see cref="IContentAuthorizationService"/> decides.</summary>
internal sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>Hands permission requirements to the one service that decides them.</summary>
internal sealed class PermissionAuthorizationHandler(IContentAuthorizationService authorization)
    : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await authorization.AuthorizeAsync(context.User, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
