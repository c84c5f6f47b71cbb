using System.Security.Claims;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Security;

/// <summary>
/// Decides every permission check. Administrators hold everything; anyone else holds the Permission claims of their
/// principal (roles for users, scopes for tokens), plus the Authenticated role's for signed-in users, or only the
/// Anonymous role's when nobody is signed in. A permission is held when it, or anything that implies it, is held.
/// Anonymous callers and API tokens without the admin scope read (view, preview) only types marked API-visible.
/// </summary>
internal sealed class ContentAuthorizationService(
    IContentDefinitionManager definitions,
    RolePermissions roles,
    IEnabled<IWorkgroupScope> workgroupScopes)
    : IContentAuthorizationService
{
    private const int MaxImplicationDepth = 16;

    private static readonly Dictionary<string, Permission> OwnFormOf = new(StringComparer.Ordinal)
    {
        [ContentPermissions.ViewContent.Name] = ContentPermissions.ViewOwnContent,
        [ContentPermissions.EditContent.Name] = ContentPermissions.EditOwnContent,
        [ContentPermissions.PublishContent.Name] = ContentPermissions.PublishOwnContent,
        [ContentPermissions.DeleteContent.Name] = ContentPermissions.DeleteOwnContent,
        [ContentPermissions.PreviewContent.Name] = ContentPermissions.PreviewOwnContent,
        [ContentPermissions.CloneContent.Name] = ContentPermissions.CloneOwnContent,
    };

    private static readonly Dictionary<string, Permission> NonOwnFormOf =
        OwnFormOf.ToDictionary(p => p.Value.Name, p => ContentPermissions.All.First(c => c.Name == p.Key), StringComparer.Ordinal);

    private static readonly HashSet<string> ReadFamily = new(StringComparer.Ordinal)
    {
        ContentPermissions.ViewContent.Name,
        ContentPermissions.PreviewContent.Name,
    };

    private static readonly HashSet<string> GlobalContentPermissions =
        ContentPermissions.All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public async Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, ContentItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(permission);
        ArgumentNullException.ThrowIfNull(item);
        if (IsAdministrator(user))
        {
            return true;
        }

        // A preview token reads (views and previews) its own item or type, and nothing more.
        if (IsRead(permission) && PreviewTokenClaims.Covers(user, item.ContentType, item.ContentItemId))
        {
            return true;
        }

        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var isOwner = userId is not null && string.Equals(item.Owner, userId, StringComparison.Ordinal);
        return await IsGrantedAsync(user, permission, item.ContentType, isOwner, cancellationToken)
            || await IsGrantedByWorkgroupAsync(user, userId, permission, item, cancellationToken);
    }

    /// <summary>
    /// Workgroup scope: <c>EditWorkgroupContent</c> lets members and chairs edit and preview their workgroup's items,
    /// <c>PublishWorkgroupContent</c> lets chairs publish them. People, not tokens; nothing else (deleting) is scoped.
    /// </summary>
    private async Task<bool> IsGrantedByWorkgroupAsync(ClaimsPrincipal user, string? userId, Permission permission, ContentItem item, CancellationToken cancellationToken)
    {
        var basePermission = NonOwnFormOf.GetValueOrDefault(permission.Name) ?? permission;
        var (scoped, needed) = basePermission.Name switch
        {
            var name when name == ContentPermissions.EditContent.Name || name == ContentPermissions.PreviewContent.Name => (ContentPermissions.EditWorkgroupContent, WorkgroupRole.Member),
            var name when name == ContentPermissions.PublishContent.Name => (ContentPermissions.PublishWorkgroupContent, WorkgroupRole.Chair),
            _ => (null, WorkgroupRole.None),
        };
        if (scoped is null || userId is null || ApiTokenClaims.IsToken(user) || !Holds(await HeldAsync(user, cancellationToken), scoped, isOwner: false, 0))
        {
            return false;
        }

        foreach (var scope in workgroupScopes)
        {
            if (await scope.GetWorkgroupIdAsync(item, cancellationToken) is { } workgroupId
                && await scope.GetMembershipAsync(userId, workgroupId, cancellationToken) >= needed)
            {
                return true;
            }
        }

        return false;
    }

    public async Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(permission);
        if (IsAdministrator(user))
        {
            return true;
        }

        if (IsRead(permission) && user.HasClaim(PreviewTokenClaims.TypeClaimType, contentType))
        {
            return true;
        }

        // "In general" means for items of any owner, so the own forms do not count here.
        return await IsGrantedAsync(user, permission, contentType, isOwner: false, cancellationToken);
    }

    public async Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(permission);
        if (IsAdministrator(user))
        {
            return true;
        }

        var held = await HeldAsync(user, cancellationToken);
        return Holds(held, permission, isOwner: false, 0);
    }

    private async Task<bool> IsGrantedAsync(ClaimsPrincipal user, Permission permission, string contentType, bool isOwner, CancellationToken cancellationToken)
    {
        var held = await HeldAsync(user, cancellationToken);
        if (!GlobalContentPermissions.Contains(permission.Name))
        {
            return Holds(held, permission, isOwner, 0);
        }

        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var settings = snapshot.FindType(contentType)?.Settings;
        var securable = settings?.Securable ?? true;
        var basePermission = NonOwnFormOf.GetValueOrDefault(permission.Name) ?? permission;

        // The front-end sites (anonymous callers and tokens without the admin scope) read only API-visible types,
        // unless the token may write the type: an integration reads back what it writes.
        if (ReadFamily.Contains(basePermission.Name) && settings?.ApiVisible != true && IsPublicReader(user)
            && !Holds(held, Scoped(ContentPermissions.EditContent), isOwner: false, 0))
        {
            return false;
        }

        if (Holds(held, Scoped(basePermission), isOwner, 0))
        {
            return true;
        }

        return isOwner && OwnFormOf.TryGetValue(basePermission.Name, out var own) && Holds(held, Scoped(own), isOwner, 0);

        Permission Scoped(Permission global) => securable ? ContentPermissions.ForType(global, contentType) : global;
    }

    private static bool IsRead(Permission permission) =>
        ReadFamily.Contains((NonOwnFormOf.GetValueOrDefault(permission.Name) ?? permission).Name);

    private static bool IsPublicReader(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true
        || (ApiTokenClaims.IsToken(user) && !user.HasClaim(ApiTokenClaims.ScopeClaimType, ApiTokenScopes.Admin));

    private static bool Holds(IReadOnlySet<string> held, Permission permission, bool isOwner, int depth)
    {
        if (depth > MaxImplicationDepth)
        {
            return false;
        }

        if (held.Contains(permission.Name) && (isOwner || !IsOwnForm(permission)))
        {
            return true;
        }

        return permission.ImpliedBy?.Any(p => Holds(held, p, isOwner, depth + 1)) == true;
    }

    /// <summary>Own forms are the global ones (<c>EditOwnContent</c>) and their per-type forms, whose first implier is the global own form.</summary>
    private static bool IsOwnForm(Permission permission) =>
        NonOwnFormOf.ContainsKey(permission.Name)
        || (permission.ImpliedBy is [var first, ..] && NonOwnFormOf.ContainsKey(first.Name) && permission.Name.Contains("Own_", StringComparison.Ordinal));

    private static bool IsAdministrator(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && !ApiTokenClaims.IsToken(user) && user.IsInRole(CmsRoles.Administrator);

    private async Task<IReadOnlySet<string>> HeldAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return await roles.GetAsync(CmsRoles.Anonymous, cancellationToken);
        }

        var held = user.FindAll(Permission.ClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (!ApiTokenClaims.IsToken(user))
        {
            held.UnionWith(await roles.GetAsync(CmsRoles.Authenticated, cancellationToken));
        }

        return held;
    }
}
