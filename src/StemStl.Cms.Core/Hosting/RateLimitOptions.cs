using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Hosting;

/// <summary><c>StemStl:RateLimits</c>: requests allowed per minute, per caller.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "StemStl:RateLimits";

    /// <summary>Sign-in attempts from one IP address.</summary>
    [Range(1, 1_000_000)]
    public int SignInPerIpPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts for one account, from anywhere (lockout still applies after repeated failures).</summary>
    [Range(1, 1_000_000)]
    public int SignInPerAccountPerMinute { get; set; } = 10;

    /// <summary>Requests of any kind made with one API token.</summary>
    [Range(1, 10_000_000)]
    public int TokenPerMinute { get; set; } = 1200;

    /// <summary>GraphQL requests per token, or per IP for anonymous callers.</summary>
    [Range(1, 10_000_000)]
    public int GraphQLPerMinute { get; set; } = 600;

    /// <summary>Search requests per token, or per IP for anonymous callers.</summary>
    [Range(1, 10_000_000)]
    public int SearchPerMinute { get; set; } = 600;
}
