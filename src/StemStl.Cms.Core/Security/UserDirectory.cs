using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>User look-ups for modules, straight from the Identity tables.</summary>
internal sealed class UserDirectory(CmsDbContext db, ILookupNormalizer normalizer) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<string, UserSummary>> GetManyAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, UserSummary>(StringComparer.Ordinal);
        }

        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName })
            .ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => Summary(u.Id, u.UserName, u.DisplayName), StringComparer.Ordinal);
    }

    public async Task<UserSummary?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        var normalized = normalizer.NormalizeName(userName);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalized)
            .Select(u => new { u.Id, u.UserName, u.DisplayName })
            .FirstOrDefaultAsync(cancellationToken);
        return user is null ? null : Summary(user.Id, user.UserName, user.DisplayName);
    }

    private static UserSummary Summary(string id, string? userName, string? displayName) =>
        new(id, userName ?? "", string.IsNullOrWhiteSpace(displayName) ? userName ?? id : displayName);
}
