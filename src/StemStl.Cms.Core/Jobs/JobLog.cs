using Microsoft.Extensions.Logging;

namespace StemStl.Cms.Jobs;

internal static partial class JobLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "A job runner pass failed; the next pass retries.")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) failed: {Error}")]
    public static partial void JobFailed(ILogger logger, string jobId, string kind, string error, Exception? exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Progress of job {JobId} was not written this time: {Reason}")]
    public static partial void ProgressSkipped(ILogger logger, string jobId, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "{Count} job(s) were left running by a host that stopped; marked failed.")]
    public static partial void StaleRecovered(ILogger logger, int count);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Pruned {Count} job(s) older than {Days} days.")]
    public static partial void Pruned(ILogger logger, int count, int days);
}
