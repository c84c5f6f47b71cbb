using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Modules;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>
/// Follows the content change log on this node: woken at once by changes made here, and polling for changes made by
/// other nodes and recipes. Each index keeps its own cursor, so a restarted or new node catches up by itself.
/// </summary>
internal sealed class LuceneIndexingService(
    IServiceScopeFactory scopes,
    LuceneIndexManager indexes,
    IOptions<LuceneOptions> options,
    ILogger<LuceneIndexingService> logger) : BackgroundService
{
    // One warning per minute of a failure that persists (the store not set up yet, a locked folder), not one per poll.
    private const int FailuresPerWarning = 120;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass reads the store; it must not hold up the host's start.
        await Task.Yield();
        var poll = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollMilliseconds));
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (scope.ServiceProvider.GetRequiredService<IFeatureManager>().IsEnabled(Manifest.Feature))
                {
                    await scope.ServiceProvider.GetRequiredService<LuceneIndexer>().RunAsync(stoppingToken);
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass (the store not set up yet, a locked file) is retried at the next poll.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (failures++ % FailuresPerWarning == 0)
                {
                    LuceneLog.PassFailed(logger, ex, poll.TotalMilliseconds);
                }
            }

            try
            {
                await indexes.WaitForWorkAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
