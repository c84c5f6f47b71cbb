using System.Text.Json.Serialization;

namespace StemStl.Cms.Jobs;

/// <summary>Where a background job stands; written as its name in JSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobState>))]
public enum JobState
{
    /// <summary>Waiting for a runner to claim it.</summary>
    Queued = 0,

    /// <summary>A runner is working on it.</summary>
    Running = 1,

    /// <summary>The handler finished; <see cref="JobInfo.Outcome"/> holds its summary.</summary>
    Succeeded = 2,

    /// <summary>The handler threw, its feature was off, or the host stopped while it ran; <see cref="JobInfo.Error"/> says which.</summary>
    Failed = 3,

    /// <summary>Cancelled by its owner or a manager before it ran.</summary>
    Cancelled = 4,
}

/// <summary>A background job as pages and the API show it.</summary>
/// <param name="Id">The job's id (a ULID-like string).</param>
/// <param name="Kind">The handler's kind name, e.g. <c>recipe.run</c>.</param>
/// <param name="Title">What the job does, in words a person reads.</param>
/// <param name="OwnerUserId">Who started it; null for jobs the host started itself.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Done">Units of work done so far.</param>
/// <param name="Total">Units of work in all; 0 when not known yet.</param>
/// <param name="Message">A short note on what it is doing now.</param>
/// <param name="Outcome">The handler's JSON summary (counts, errors, links), or null.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="FileName">The name of the file the job left for download, or null.</param>
/// <param name="CreatedUtc">When it was queued.</param>
/// <param name="StartedUtc">When a runner claimed it.</param>
/// <param name="FinishedUtc">When it ended.</param>
public sealed record JobInfo(
    string Id,
    string Kind,
    string Title,
    string? OwnerUserId,
    JobState State,
    int Done,
    int Total,
    string? Message,
    string? Outcome,
    string? Error,
    string? FileName,
    DateTime CreatedUtc,
    DateTime? StartedUtc,
    DateTime? FinishedUtc)
{
    /// <summary>Whether the job has ended one way or another.</summary>
    public bool IsFinished => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;
}
