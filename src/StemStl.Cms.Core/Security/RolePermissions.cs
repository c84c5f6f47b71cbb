using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>
/// The permission names a role holds in the store, read at most once per scope (one request), so a change to a
/// role takes effect on the next request without any cache to invalidate.
/// </summary>
internal sealed class RolePermissions(CmsDbContext db)
{
    private readonly Dictionary<string, IReadOnlySet<string>> _byRole = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlySet<string>> GetAsync(string roleName, CancellationToken cancellationToken)
    {
        if (_byRole.TryGetValue(roleName, out var cached))
        {
            return cached;
        }

        var normalized = roleName.ToUpperInvariant();
        var names = await (
            from role in db.Roles.AsNoTracking()
            join claim in db.RoleClaims.AsNoTracking() on role.Id equals claim.RoleId
            where role.NormalizedName == normalized && claim.ClaimType == Permission.ClaimType && claim.ClaimValue != null
            select claim.ClaimValue!).ToListAsync(cancellationToken);
        var set = names.ToHashSet(StringComparer.Ordinal);
        _byRole[roleName] = set;
        return set;
    }
}
