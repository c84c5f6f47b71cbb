using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>
/// Changes which roles a user holds. The change renews the user's security stamp, so every session they have open
/// ends on its next request, and it is audited with the roles before and after.
/// </summary>
internal sealed class UserRoles(UserManager<CmsUser> users, RoleManager<CmsRole> roleStore, IAuditTrail audit, CmsDbContext db)
{
    /// <summary>Sets the user's roles to exactly <paramref name="roles"/>; errors name the role or user that was wrong.</summary>
    public async Task<IReadOnlyList<string>> SetAsync(CmsUser user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var before = await users.GetRolesAsync(user);
        var add = roles.Except(before, StringComparer.OrdinalIgnoreCase).ToList();
        var remove = before.Except(roles, StringComparer.OrdinalIgnoreCase).ToList();
        if (add.Count == 0 && remove.Count == 0)
        {
            return [];
        }

        foreach (var role in add)
        {
            if (!await roleStore.RoleExistsAsync(role))
            {
                return [$"Role '{role}' does not exist; create it first or pick one of the existing roles."];
            }
        }

        // All or nothing: a role that does not exist must not leave the user with the others already removed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var errors = new List<string>();
        Collect(await users.RemoveFromRolesAsync(user, remove), errors);
        Collect(await users.AddToRolesAsync(user, add), errors);
        Collect(await users.UpdateSecurityStampAsync(user), errors);
        if (errors.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return errors;
        }

        audit.Record(new AuditEvent("Security", "RolesChanged", Details: new JsonObject
        {
            ["userId"] = user.Id,
            ["userName"] = user.UserName,
            ["before"] = new JsonArray([.. before.Order(StringComparer.Ordinal).Select(r => (JsonNode)r)]),
            ["after"] = new JsonArray([.. roles.Order(StringComparer.Ordinal).Select(r => (JsonNode)r)]),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    private static void Collect(IdentityResult result, List<string> errors) =>
        errors.AddRange(result.Errors.Select(e => e.Description));
}
