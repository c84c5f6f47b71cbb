using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Security.OAuth;

/// <summary>OAuth2 client credentials for integrations (<c>StemStl:OAuth</c>).</summary>
public sealed class OAuthOptions
{
    public const string Section = "StemStl:OAuth";

    /// <summary>How long an access token from <c>/connect/token</c> works; clients ask for a new one when it lapses.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether the token endpoint may be called over plain HTTP. Off by default outside Development; switch it on only
    /// behind a proxy that terminates TLS and does not forward the scheme.
    /// </summary>
    public bool AllowHttp { get; set; }
}
