using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Data;

namespace StemStl.Cms.Jobs;

/// <summary>
/// Runs queued jobs one at a time on this node. A job is claimed with a conditional update (queued → running), so two
/// nodes never run the same one. On start-up and on every pass, jobs whose heartbeat stopped long ago (their host died)
/// are marked failed; ended jobs past the retention are pruned.
/// </summary>
internal sealed class JobRunner(
    IServiceScopeFactory scopes,
    JobExecution execution,
    IOptions<JobOptions> options,
    TimeProvider clock,
    ILogger<JobRunner> logger) : BackgroundService
{
    /// <summary>The error a job left running by a dead host ends with.</summary>
    public const string HostStopped = "The host stopped while it ran; start the job again.";

    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Asks for a pass now (after a job was queued).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A pass is already asked for; one is enough.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // Let the host finish starting (and the store its migrations) before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RecoverStaleAsync(stoppingToken);
                await PruneAsync(stoppingToken);
                while (await RunNextAsync(stoppingToken))
                {
                }
            }
#pragma warning disable CA1031 // A locked database or a bug in one pass must not stop the runner for good.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                JobLog.PassFailed(logger, ex);
            }

            await _wake.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Claims the oldest queued job and runs it; false when the queue is empty.</summary>
    internal async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        string? id;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            id = await db.Jobs.Where(j => j.State == JobState.Queued).OrderBy(j => j.CreatedUtc).ThenBy(j => j.Id).Select(j => j.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is null)
            {
                return false;
            }

            if (!await TryClaimAsync(db, id, cancellationToken))
            {
                // Another node won it (or it was cancelled): look again.
                return true;
            }
        }

        await execution.RunAsync(id, cancellationToken);
        return true;
    }

    /// <summary>Moves the job from queued to running for this node; false when someone else moved it first.</summary>
    internal async Task<bool> TryClaimAsync(CmsDbContext db, string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Jobs
            .Where(j => j.Id == id && j.State == JobState.Queued)
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.State, JobState.Running).SetProperty(j => j.StartedUtc, now).SetProperty(j => j.HeartbeatUtc, now)
                    .SetProperty(j => j.ClaimedBy, _node).SetProperty(j => j.Message, "Starting"),
                cancellationToken) == 1;
    }

    /// <summary>Marks failed the running jobs whose heartbeat is older than the grace period.</summary>
    internal async Task<int> RecoverStaleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now.AddSeconds(-options.Value.StaleAfterSeconds);
        var count = await db.Jobs
            .Where(j => j.State == JobState.Running && (j.HeartbeatUtc == null || j.HeartbeatUtc < before))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Failed).SetProperty(j => j.Error, HostStopped).SetProperty(j => j.FinishedUtc, now), cancellationToken);
        if (count > 0)
        {
            JobLog.StaleRecovered(logger, count);
        }

        return count;
    }

    /// <summary>Deletes ended jobs created before the retention period.</summary>
    internal async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var days = options.Value.RetentionDays;
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var count = await db.Jobs
            .Where(j => j.CreatedUtc < before && j.State != JobState.Queued && j.State != JobState.Running)
            .ExecuteDeleteAsync(cancellationToken);
        if (count > 0)
        {
            JobLog.Pruned(logger, count, days);
        }

        return count;
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
