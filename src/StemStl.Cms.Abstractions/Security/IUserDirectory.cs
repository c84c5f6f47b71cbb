namespace StemStl.Cms.Security;

/// <summary>
/// Read-only look-ups of user accounts for modules that name people (workgroup members and chairs) without reaching
/// into the identity store. It answers who someone is, never what they may do.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The accounts with these ids, in one query; ids with no account are left out.</summary>
    Task<IReadOnlyDictionary<string, UserSummary>> GetManyAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>The account that signs in as <paramref name="userName"/> (compared as Identity does, ignoring case), or null.</summary>
    Task<UserSummary?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default);
}

/// <summary>A user as other people see them.</summary>
/// <param name="UserId">The stable id, as in <see cref="ICurrentUser.UserId"/>.</param>
/// <param name="UserName">The sign-in name.</param>
/// <param name="DisplayName">The name to show: the account's display name, or its user name when it has none.</param>
public sealed record UserSummary(string UserId, string UserName, string DisplayName);
