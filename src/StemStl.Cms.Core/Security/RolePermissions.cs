using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>The permission names a role holds in the store, through the process-wide <see cref="RolePermissionCache"/>.</summary>
internal sealed class RolePermissions(CmsDbContext db, RolePermissionCache cache)
{
    public Task<IReadOnlySet<string>> GetAsync(string roleName, CancellationToken cancellationToken) =>
        cache.GetAsync(roleName, ct => LoadAsync(roleName, ct), cancellationToken);

    private async Task<IReadOnlySet<string>> LoadAsync(string roleName, CancellationToken cancellationToken)
    {
        var normalized = roleName.ToUpperInvariant();
        var names = await (
            from role in db.Roles.AsNoTracking()
            join claim in db.RoleClaims.AsNoTracking() on role.Id equals claim.RoleId
            where role.NormalizedName == normalized && claim.ClaimType == Permission.ClaimType && claim.ClaimValue != null
            select claim.ClaimValue!).ToListAsync(cancellationToken);
        return names.ToHashSet(StringComparer.Ordinal);
    }
}
