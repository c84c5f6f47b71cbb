using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>
/// Drops the role permission cache when a save touches a role or a role's claims, whoever saves it (the roles API, the
/// admin, a recipe, setup): the change tracker sees them all, so no write path can forget to.
/// </summary>
internal sealed class RoleChangeInterceptor(StoreCacheInvalidation invalidation, RolePermissionCache cache) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        TouchIfRolesChange(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        TouchIfRolesChange(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void TouchIfRolesChange(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Entity is CmsRole or IdentityRoleClaim<string>)
            {
                invalidation.Touch(context, cache);
                return;
            }
        }
    }
}
