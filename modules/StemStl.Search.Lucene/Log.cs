using Microsoft.Extensions.Logging;

namespace StemStl.Search.Lucene;

internal static partial class LuceneLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Lucene index '{Index}' built; it has applied the change log up to {Cursor}.")]
    public static partial void Built(ILogger logger, string index, long cursor);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Lucene index '{Index}' reset; it replays the change log from the start.")]
    public static partial void Reset(ILogger logger, string index);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Lucene index '{Index}' is missing or damaged on this node; building it again from the content.")]
    public static partial void Damaged(ILogger logger, Exception exception, string index);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "A Lucene indexing pass failed; retrying every {Milliseconds} ms (repeats are logged once a minute).")]
    public static partial void PassFailed(ILogger logger, Exception exception, double milliseconds);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Lucene index '{Index}' is at change {Cursor}, but the change log was pruned past it; building it again from the content.")]
    public static partial void BehindPrunedLog(ILogger logger, string index, long cursor);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Pruned {Count} content changes up to {Through} older than {OlderThanUtc:o}.")]
    public static partial void Pruned(ILogger logger, int count, long through, DateTime olderThanUtc);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Pruning the content change log failed; trying again in {Interval}.")]
    public static partial void PruneFailed(ILogger logger, Exception exception, TimeSpan interval);
}
