using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Scheduling;

/// <summary>
/// Publishes drafts whose <c>PublishLaterPart</c> time has come and unpublishes items whose <c>UnpublishLaterPart</c> time
/// has come, found through the date rows those parts index. The schedule is cleared in the same transaction as the
/// publish, so a pass never fires twice for one schedule.
/// </summary>
internal sealed class ScheduledPublishingService(
    IServiceScopeFactory scopes,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public const string PublishPath = "PublishLaterPart.ScheduledPublishUtc";
    public const string UnpublishPath = "UnpublishLaterPart.ScheduledUnpublishUtc";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        // The first pass waits one interval: at start-up the store may still be being migrated or set up.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.IntervalSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
#pragma warning disable CA1031 // One failed pass (a locked database, a handler bug) must not stop the schedule for good.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                ContentLog.SchedulerFailed(logger, ex, settings.IntervalSeconds);
            }
        }
    }

    /// <summary>One pass: publishes and unpublishes everything due now; returns how many items changed.</summary>
    internal async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();

        var toPublish = await DueAsync(db, PublishPath, now, published: false, cancellationToken);
        var toUnpublish = await DueAsync(db, UnpublishPath, now, published: true, cancellationToken);
        var changed = 0;
        foreach (var id in toPublish)
        {
            var result = await manager.PublishAsync(id, document => Clear(document, "PublishLaterPart", "ScheduledPublishUtc"), cancellationToken);
            changed += Report("publish", id, result);
        }

        foreach (var id in toUnpublish)
        {
            var result = await manager.UnpublishAsync(id, document => Clear(document, "UnpublishLaterPart", "ScheduledUnpublishUtc"), cancellationToken);
            changed += Report("unpublish", id, result);
        }

        return changed;
    }

    private static Task<List<string>> DueAsync(CmsDbContext db, string path, DateTime now, bool published, CancellationToken cancellationToken) =>
        db.ContentFieldIndex.AsNoTracking()
            .Where(r => r.Path == path && r.Kind == FieldIndexKind.Date && r.Date <= now && r.Published == published && (published || r.Latest))
            .Select(r => r.ContentItemId)
            .Distinct()
            .ToListAsync(cancellationToken);

    private static void Clear(JsonObject document, string part, string property) => (document[part] as JsonObject)?.Remove(property);

    private int Report(string action, string id, ContentOperationResult result)
    {
        ContentLog.Scheduled(logger, action, id, result.Succeeded ? "done" : string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Succeeded ? 1 : 0;
    }
}
