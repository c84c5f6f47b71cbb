using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.Jobs;

/// <summary><c>StemStl:Jobs</c>: whether this node runs background jobs, and how it watches and keeps them.</summary>
public sealed class JobOptions
{
    public const string Section = "StemStl:Jobs";

    /// <summary>Whether this node runs jobs (every node may; the claim keeps them apart).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the queue is read when nothing wakes the runner sooner.</summary>
    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 5;

    /// <summary>The least time between two progress writes of one job.</summary>
    [Range(10, 60000)]
    public int ProgressIntervalMilliseconds { get; set; } = 500;

    /// <summary>A running job whose heartbeat is older than this belonged to a host that stopped; it is marked failed.</summary>
    [Range(10, 86400)]
    public double StaleAfterSeconds { get; set; } = 300;

    /// <summary>Ended jobs older than this are deleted with their files.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 30;
}
