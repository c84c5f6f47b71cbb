using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StemStl.Cms.Security;
using StemStl.Cms.Security.OAuth;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter, set up for the hub: every API token has its own budget, the GraphQL and search
/// policies are per token or per IP, and a refusal is a 429 ProblemDetails with <c>Retry-After</c>.
/// </summary>
internal static class RateLimiting
{
    public static IServiceCollection AddCmsRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.User.FindFirst(ApiTokenClaims.TokenIdClaimType)?.Value is not { } tokenId)
                {
                    return RateLimitPartition.GetNoLimiter("untokened");
                }

                // A token's own limit is part of its partition, so changing it starts a fresh window at the new size.
                var permits = int.TryParse(context.User.FindFirst(ApiTokenClaims.RateLimitClaimType)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var own)
                    ? own
                    : limits.TokenPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter($"token:{tokenId}:{permits}", _ => PerMinute(permits));
            });
            limiter.AddPolicy(RateLimitPolicies.GraphQL, context => ByCaller(context, limits.GraphQLPerMinute));
            limiter.AddPolicy(RateLimitPolicies.Search, context => ByCaller(context, limits.SearchPerMinute));
            limiter.AddPolicy(OAuthTokenEndpoint.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => PerMinute(limits.SignInPerIpPerMinute)));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    public static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static RateLimitPartition<string> ByCaller(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.User.FindFirst(ApiTokenClaims.TokenIdClaimType)?.Value is { } tokenId
                ? "token:" + tokenId
                : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
            _ => PerMinute(permits));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
            $"Too many requests from this caller; try again in {seconds} second(s).",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Rate limit reached").ExecuteAsync(rejected.HttpContext);
    }
}
