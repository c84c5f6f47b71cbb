using Microsoft.Extensions.Logging;

namespace StemStl.Cms.GraphQL;

/// <summary>The GraphQL API's log messages: what clients are not shown is written here.</summary>
internal static partial class GraphQLLog
{
    [LoggerMessage(1, LogLevel.Error, "GraphQL operation {OperationName} failed with an unhandled exception; outside Development the client sees only its error code.")]
    public static partial void UnhandledError(ILogger logger, Exception exception, string operationName);

    [LoggerMessage(2, LogLevel.Warning, "GraphQL operation {OperationName} ran past the {TimeoutSeconds} s execution limit and was stopped.")]
    public static partial void TimedOut(ILogger logger, string operationName, double timeoutSeconds);
}
