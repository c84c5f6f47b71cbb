using System.Text.Json.Nodes;

namespace StemStl.Cms.Jobs;

/// <summary>
/// Queues long work (a recipe run, an import, an index rebuild, an export) to run in the background, so a request
/// returns at once and the person can come back to the job's page later. Check permissions before enqueuing: the
/// handler runs as the host, not as the person who asked.
/// </summary>
public interface IJobQueue
{
    /// <summary>Queues a job of <paramref name="kind"/> for the current user, with <paramref name="argument"/> handed to its handler.</summary>
    Task<JobInfo> EnqueueAsync(string kind, string title, JsonNode? argument = null, CancellationToken cancellationToken = default);

    /// <summary>The job, or null when there is none with that id.</summary>
    Task<JobInfo?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The newest jobs first, only <paramref name="ownerUserId"/>'s when it is given.</summary>
    Task<IReadOnlyList<JobInfo>> ListAsync(string? ownerUserId, int take = 50, CancellationToken cancellationToken = default);

    /// <summary>Cancels a job that has not started yet; false when it already runs or ended.</summary>
    Task<bool> CancelAsync(string id, CancellationToken cancellationToken = default);
}
