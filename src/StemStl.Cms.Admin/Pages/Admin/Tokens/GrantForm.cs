using System.Globalization;
using StemStl.Cms.Security.OAuth;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Admin.Pages.Admin.Tokens;

/// <summary>What the admin types to grant access: an API token or an OAuth client, with scopes and a rate limit.</summary>
internal sealed class GrantForm
{
    public const string TokenKind = "token";
    public const string ClientKind = "client";

    public string Kind { get; set; } = TokenKind;

    public string? Name { get; set; }

    public List<string> Scopes { get; set; } = [ApiTokenScopes.ContentRead];

    /// <summary>A date (yyyy-mm-dd) the token stops working at midnight UTC; tokens only.</summary>
    public string? Expires { get; set; }

    public string? RateLimitPerMinute { get; set; }

    public bool IsClient => Kind == ClientKind;

    /// <summary>The parsed expiry, or an error naming the field.</summary>
    public (DateTime? Value, string? Error) ParseExpiry() =>
        string.IsNullOrWhiteSpace(Expires) || IsClient ? (null, null)
        : DateTime.TryParseExact(Expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? (date, null)
            : (null, "Enter the expiry as a date, e.g. 2027-06-30.");

    /// <summary>The parsed limit, or an error naming the field.</summary>
    public (int? Value, string? Error) ParseRateLimit() =>
        string.IsNullOrWhiteSpace(RateLimitPerMinute) ? (null, null)
        : int.TryParse(RateLimitPerMinute, NumberStyles.None, CultureInfo.InvariantCulture, out var perMinute)
            ? (perMinute, null)
            : (null, "Enter a whole number of requests per minute, or leave it empty for the site's default.");

    public CreateApiTokenRequest ToTokenRequest(DateTime? expires, int? rateLimit) => new(Name, Scopes, expires, rateLimit);

    public CreateOAuthClientRequest ToClientRequest(int? rateLimit) => new(Name, Scopes, rateLimit);
}
