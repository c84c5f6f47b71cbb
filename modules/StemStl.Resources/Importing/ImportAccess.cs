using System.Security.Claims;
using StemStl.Cms.Security;

namespace StemStl.Resources.Importing;

/// <summary>Who may import resources, for the API and the admin page alike: one check, asked of the authorization service.</summary>
internal static class ImportAccess
{
    /// <summary>The permissions <paramref name="user"/> lacks to import (and, with <paramref name="publish"/>, publish) resources; empty when none.</summary>
    public static async Task<IReadOnlyList<string>> MissingAsync(ClaimsPrincipal user, IContentAuthorizationService authorization, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var missing = new List<string>();
        if (!await authorization.AuthorizeAsync(user, ResourcePermissions.ImportResources, cancellationToken))
        {
            missing.Add(ResourcePermissions.ImportResources.Name);
        }

        if (!await authorization.AuthorizeAsync(user, ContentPermissions.EditContent, ResourceModel.ResourceType, cancellationToken))
        {
            missing.Add(ContentPermissions.ForType(ContentPermissions.EditContent, ResourceModel.ResourceType).Name);
        }

        if (publish && !await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, ResourceModel.ResourceType, cancellationToken))
        {
            missing.Add(ContentPermissions.ForType(ContentPermissions.PublishContent, ResourceModel.ResourceType).Name);
        }

        return missing;
    }
}
