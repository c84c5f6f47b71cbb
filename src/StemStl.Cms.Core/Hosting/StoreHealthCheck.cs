using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StemStl.Cms.Data;

namespace StemStl.Cms.Hosting;

/// <summary>Healthy when the store answers a query against its own schema (so a missing migration shows too).</summary>
internal sealed class StoreHealthCheck(CmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = db.Database.ProviderName ?? "unknown";
        var data = new Dictionary<string, object> { ["provider"] = provider };
        try
        {
            await db.Features.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The store ({provider}) answers queries.", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The store ({provider}) does not answer: {exception.Message}", exception, data);
        }
    }
}
