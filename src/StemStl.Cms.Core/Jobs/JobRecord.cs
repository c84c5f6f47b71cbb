using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StemStl.Cms.Jobs;

/// <summary>One background job, durable so a person can leave its page and find it again, and so a restart loses none.</summary>
internal sealed class JobRecord
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public string? OwnerUserId { get; set; }

    public JobState State { get; set; }

    /// <summary>The JSON argument handed to the handler.</summary>
    public string? Argument { get; set; }

    public int Done { get; set; }

    public int Total { get; set; }

    public string? Message { get; set; }

    /// <summary>The handler's JSON summary.</summary>
    public string? Outcome { get; set; }

    public string? Error { get; set; }

    /// <summary>A file the job produced (an export), with its name.</summary>
    public string? FileName { get; set; }

    public string? FileContent { get; set; }

    /// <summary>The node that claimed it, for the log.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? StartedUtc { get; set; }

    /// <summary>Refreshed while the job runs; a running job whose heartbeat is too old belonged to a host that died.</summary>
    public DateTime? HeartbeatUtc { get; set; }

    public DateTime? FinishedUtc { get; set; }

    public JobInfo ToInfo() =>
        new(Id, Kind, Title, OwnerUserId, State, Done, Total, Message, Outcome, Error, FileName, CreatedUtc, StartedUtc, FinishedUtc);
}

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> e)
    {
        e.ToTable("BackgroundJobs");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(26);
        e.Property(x => x.Kind).HasMaxLength(128).IsRequired();
        e.Property(x => x.Title).HasMaxLength(256).IsRequired();
        e.Property(x => x.OwnerUserId).HasMaxLength(450);
        e.Property(x => x.Message).HasMaxLength(512);
        e.Property(x => x.Error).HasMaxLength(2048);
        e.Property(x => x.FileName).HasMaxLength(256);
        e.Property(x => x.ClaimedBy).HasMaxLength(256);
        e.HasIndex(x => new { x.State, x.CreatedUtc });
        e.HasIndex(x => new { x.OwnerUserId, x.CreatedUtc });
    }
}
