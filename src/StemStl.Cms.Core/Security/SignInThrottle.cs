using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StemStl.Cms.Hosting;

namespace StemStl.Cms.Security;

/// <summary>
/// Budgets sign-in attempts per client IP and per account, so neither one address nor many addresses against one
/// account can guess passwords quickly. Shared by <c>/api/account/signin</c> and the admin's sign-in page.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _byIp;
    private readonly PartitionedRateLimiter<string> _byAccount;

    public SignInThrottle(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _byIp = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip, _ => RateLimiting.PerMinute(limits.SignInPerIpPerMinute)));
        _byAccount = PartitionedRateLimiter.Create<string, string>(login => RateLimitPartition.GetFixedWindowLimiter(login, _ => RateLimiting.PerMinute(limits.SignInPerAccountPerMinute)));
    }

    /// <summary>Null when the attempt may go ahead, else how long the caller should wait.</summary>
    public TimeSpan? TryAcquire(string ip, string login)
    {
        using var ipLease = _byIp.AttemptAcquire(ip);
        if (!ipLease.IsAcquired)
        {
            return RetryAfter(ipLease);
        }

        using var accountLease = _byAccount.AttemptAcquire(login.ToUpperInvariant());
        return accountLease.IsAcquired ? null : RetryAfter(accountLease);
    }

    public void Dispose()
    {
        _byIp.Dispose();
        _byAccount.Dispose();
    }

    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
}
