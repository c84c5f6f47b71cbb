using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StemStl.Cms.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core runs for requests that carry the <see cref="Header"/> header, by its value, so a
/// test can measure one request while background services go on querying.
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Test-Sql-Probe";

    private readonly ConcurrentDictionary<string, List<string>> _commands = new(StringComparer.Ordinal);

    /// <summary>The SQL of each command run for <paramref name="probe"/>, in order.</summary>
    public IReadOnlyList<string> CommandsFor(string probe)
    {
        var commands = _commands.GetValueOrDefault(probe) ?? [];
        lock (commands)
        {
            return [.. commands];
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } probe)
        {
            var commands = _commands.GetOrAdd(probe, _ => []);
            lock (commands)
            {
                commands.Add(command.CommandText);
            }
        }
    }
}
