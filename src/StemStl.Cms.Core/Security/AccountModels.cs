namespace StemStl.Cms.Security;

/// <summary>Credentials for the editors' cookie sign-in.</summary>
/// <param name="UserName">The user name or the e-mail address.</param>
/// <param name="Email">The e-mail address, when <paramref name="UserName"/> is not given.</param>
internal sealed record SignInRequest(string? UserName, string? Email, string? Password);

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>Who the caller is and what they may do.</summary>
/// <param name="TokenId">Set when the caller is an API token rather than a signed-in user.</param>
internal sealed record AccountView(
    string? Id,
    string? UserName,
    string? Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    string? TokenId);
