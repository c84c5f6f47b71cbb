using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// The GraphQL rate limit weighted by what a document costs: each caller (token, else IP) has a bucket of
/// <see cref="GraphQLOptions.CostPerMinute"/> complexity points that refills evenly over the minute, and every validated
/// document takes its complexity from it. The request-count policy still applies; this one stops a caller whose few
/// requests each ask for thousands of items.
/// </summary>
internal sealed class GraphQLCostBudget : IDisposable
{
    public const string Code = "RATE_LIMITED";
    public const string CallerKey = "stemstl.caller";
    public const string RetryAfterKey = "stemstl.retryAfter";

    private readonly int _perMinute;
    private readonly PartitionedRateLimiter<string>? _limiter;

    public GraphQLCostBudget(IOptions<GraphQLOptions> options)
    {
        _perMinute = options.Value.CostPerMinute;
        if (_perMinute > 0)
        {
            var perSecond = Math.Max(1, _perMinute / 60);
            _limiter = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = _perMinute,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        }
    }

    public static string CallerOf(HttpContext http) =>
        http.User.FindFirst(ApiTokenClaims.TokenIdClaimType)?.Value is { } tokenId
            ? "token:" + tokenId
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    /// <summary>Takes <paramref name="cost"/> points from the caller's bucket, or says how long until they would be there.</summary>
    public bool TryCharge(string caller, double cost, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
        {
            return true;
        }

        var permits = (int)Math.Clamp(Math.Ceiling(cost), 1, _perMinute);
        using var lease = _limiter.AttemptAcquire(caller, permits);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}
