using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Security;

/// <summary>User look-ups for modules, straight from the Identity tables.</summary>
internal sealed class UserDirectory(CmsDbContext db) : IUserDirectory
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
        return users.ToDictionary(
            u => u.Id,
            u => new UserSummary(u.Id, u.UserName ?? "", string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName),
            StringComparer.Ordinal);
    }
}
