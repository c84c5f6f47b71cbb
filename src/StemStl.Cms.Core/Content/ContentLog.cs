using Microsoft.Extensions.Logging;

namespace StemStl.Cms.Content;

/// <summary>The content engine's log messages.</summary>
internal static partial class ContentLog
{
    [LoggerMessage(1, LogLevel.Error, "After-commit work for content item {ContentItemId} failed; the change itself is committed.")]
    public static partial void AfterCommitFailed(ILogger logger, Exception exception, string contentItemId);

    [LoggerMessage(2, LogLevel.Information, "Scheduled {Action} of content item {ContentItemId}: {Outcome}.")]
    public static partial void Scheduled(ILogger logger, string action, string contentItemId, string outcome);

    [LoggerMessage(3, LogLevel.Error, "Scheduled publishing pass failed; it runs again in {IntervalSeconds} s.")]
    public static partial void SchedulerFailed(ILogger logger, Exception exception, int intervalSeconds);
}
