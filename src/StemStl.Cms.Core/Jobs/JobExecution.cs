using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Data;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Jobs;

/// <summary>
/// Runs one claimed job: finds its handler among the enabled features, runs it in a scope of its own, writes its
/// progress (throttled, and never blocking the handler) and finally its outcome or the exception's message.
/// </summary>
internal sealed class JobExecution(IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock, ILogger<JobExecution> logger)
{
    public async Task RunAsync(string id, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = await services.GetRequiredService<CmsDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id, stoppingToken);
        var handler = services.GetRequiredService<IEnabled<IJobHandler>>().FirstOrDefault(h => string.Equals(h.Kind, job.Kind, StringComparison.Ordinal));
        if (handler is null)
        {
            await FinishAsync(id, JobState.Failed, null, Unavailable(services, job.Kind), new JobOutput(), null, stoppingToken);
            return;
        }

        var progress = new JobProgress();
        var output = new JobOutput();
        using var stopWriter = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var writer = WriteProgressAsync(id, progress, stopWriter.Token);
        JobState state;
        string? outcome = null;
        string? error = null;
        try
        {
            var argument = job.Argument is null ? null : JsonNode.Parse(job.Argument);
            var result = await handler.RunAsync(new JobContext(id, argument, job.OwnerUserId, progress, output), stoppingToken);
            (state, outcome) = (JobState.Succeeded, result?.ToJsonString());
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            (state, error) = (JobState.Failed, JobRunner.HostStopped);
        }
#pragma warning disable CA1031 // Whatever the handler throws ends the job, not the runner; the message is the job's error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            (state, error) = (JobState.Failed, ex.Message);
            JobLog.JobFailed(logger, id, job.Kind, ex.Message, ex);
        }

        await stopWriter.CancelAsync();
        await writer;

        // The final write must happen even while the host stops, or the job would wait for stale recovery.
        await FinishAsync(id, state, outcome, error, output, progress.Snapshot(), CancellationToken.None);
    }

    private static string Unavailable(IServiceProvider services, string kind)
    {
        var all = services.GetServices<IJobHandler>().FirstOrDefault(h => string.Equals(h.Kind, kind, StringComparison.Ordinal));
        var feature = all is null ? null : services.GetRequiredService<FeatureContributionMap>().FeatureOf(all.GetType());
        return feature is null
            ? $"No handler runs jobs of kind '{kind}'; the module that queued it may have been removed."
            : $"The feature '{feature}' is off, so its '{kind}' job did not run; enable the feature and start the job again.";
    }

    private async Task WriteProgressAsync(string id, JobProgress progress, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.ProgressIntervalMilliseconds);
        var heartbeatEvery = TimeSpan.FromSeconds(options.Value.StaleAfterSeconds / 4);
        long written = 0;
        var lastWrite = clock.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var (done, total, message, version) = progress.Snapshot();
            var now = clock.GetUtcNow();
            if (version == written && now - lastWrite < heartbeatEvery)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                var nowUtc = now.UtcDateTime;
                await db.Jobs.Where(j => j.Id == id && j.State == JobState.Running).ExecuteUpdateAsync(
                    s => s.SetProperty(j => j.Done, done).SetProperty(j => j.Total, total).SetProperty(j => j.Message, message).SetProperty(j => j.HeartbeatUtc, nowUtc),
                    cancellationToken);
                (written, lastWrite) = (version, now);
            }
#pragma warning disable CA1031 // A busy store (the job's own transaction on SQLite) only delays the next progress write.
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                JobLog.ProgressSkipped(logger, id, ex.Message);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task FinishAsync(string id, JobState state, string? outcome, string? error, JobOutput output, (int Done, int Total, string? Message, long Version)? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var job = await db.Jobs.SingleAsync(j => j.Id == id, cancellationToken);
        if (job.State != JobState.Running)
        {
            // Stale recovery got there first; its verdict stands.
            return;
        }

        job.State = state;
        job.Outcome = outcome;
        job.Error = error is { Length: > 2048 } ? error[..2048] : error;
        job.FinishedUtc = clock.GetUtcNow().UtcDateTime;
        job.HeartbeatUtc = job.FinishedUtc;
        if (progress is { } p)
        {
            job.Total = p.Total;
            job.Done = state == JobState.Succeeded && p.Total > 0 ? p.Total : p.Done;
        }

        job.Message = state == JobState.Succeeded ? "Finished" : "Failed";
        job.FileName = output.FileName;
        job.FileContent = output.Content;
        await db.SaveChangesAsync(cancellationToken);
    }
}
