using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Modules;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>Runs a <see cref="ChangeLogPruning"/> pass every <see cref="LuceneOptions.PruneInterval"/> while the search feature is on.</summary>
internal sealed class ChangeLogPruningService(
    IServiceScopeFactory scopes,
    IOptions<LuceneOptions> options,
    TimeProvider clock,
    ILogger<ChangeLogPruningService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.PruneInterval > TimeSpan.Zero ? options.Value.PruneInterval : TimeSpan.FromHours(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The first pass waits too: at start the indexes are not open yet, so it could prune nothing anyway.
                await Task.Delay(interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                if (scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(Manifest.Feature))
                {
                    await scope.ServiceProvider.GetRequiredService<ChangeLogPruning>().RunAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass (the store busy or not set up) is tried again at the next interval.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LuceneLog.PruneFailed(logger, ex, interval);
            }
        }
    }
}
