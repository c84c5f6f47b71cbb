namespace StemStl.Cms.Jobs;

/// <summary>The latest progress a handler reported; the runner's writer reads it, so the handler never waits on the store.</summary>
internal sealed class JobProgress : IJobProgress
{
    private readonly Lock _gate = new();
    private (int Done, int Total, string? Message) _latest;
    private long _version;

    public void Report(int done, int total, string? message = null)
    {
        lock (_gate)
        {
            _latest = (Math.Max(0, done), Math.Max(0, total), message is { Length: > 512 } ? message[..512] : message);
            _version++;
        }
    }

    /// <summary>The latest values and a number that changes whenever they do.</summary>
    public (int Done, int Total, string? Message, long Version) Snapshot()
    {
        lock (_gate)
        {
            return (_latest.Done, _latest.Total, _latest.Message, _version);
        }
    }
}
