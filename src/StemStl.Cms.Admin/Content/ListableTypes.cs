using System.Security.Claims;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Content;

/// <summary>
/// The listable content types the user may list: all of them with <c>ListContent</c>, else those they may edit, so an
/// editor of one type sees that type and nothing else.
/// </summary>
internal sealed class ListableTypes(IContentDefinitionManager definitions, IContentAuthorizationService authorization)
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var allowed = new List<ContentTypeDefinition>();
        foreach (var type in snapshot.Types.Values.Where(t => t.Settings.Listable).OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase))
        {
            if (await authorization.AuthorizeAsync(user, ContentPermissions.ListContent, type.Name, cancellationToken)
                || await authorization.AuthorizeAsync(user, ContentPermissions.EditContent, type.Name, cancellationToken))
            {
                allowed.Add(type);
            }
        }

        return allowed;
    }
}
