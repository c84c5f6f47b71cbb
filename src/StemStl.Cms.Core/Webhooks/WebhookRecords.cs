using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StemStl.Cms.Webhooks;

/// <summary>The content events a webhook can be told about.</summary>
[Flags]
internal enum WebhookEvents
{
    None = 0,
    Published = 1,
    Unpublished = 2,
    Deleted = 4,
}

/// <summary>Where a delivery stands.</summary>
internal enum DeliveryStatus
{
    /// <summary>Waiting for its first attempt or its next retry.</summary>
    Pending = 0,

    /// <summary>The listener answered 2xx.</summary>
    Delivered = 1,

    /// <summary>Every attempt failed; no more retries.</summary>
    Failed = 2,
}

/// <summary>A configured webhook: which types and events, where to, and the secret its deliveries are signed with.</summary>
internal sealed class WebhookRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>The signing secret, protected with ASP.NET Core Data Protection; never shown after it is created.</summary>
    public string ProtectedSecret { get; set; } = "";

    /// <summary>Content type names, comma-separated; empty means every type.</summary>
    public string ContentTypes { get; set; } = "";

    public WebhookEvents Events { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public IReadOnlyList<string> TypeList => ContentTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// One delivery: a row of the outbox while pending (written in the same transaction as the change it reports), and
/// of the delivery log afterwards.
/// </summary>
internal sealed class WebhookDeliveryRecord
{
    public long Id { get; set; }

    public string WebhookId { get; set; } = "";

    /// <summary><c>content.published</c>, <c>content.unpublished</c>, <c>content.deleted</c> or <c>ping</c>.</summary>
    public string Event { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string Payload { get; set; } = "{}";

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Set while a node is sending it, so two nodes never send the same delivery at once.</summary>
    public DateTime? LockedUntilUtc { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTime? CompletedUtc { get; set; }
}

internal sealed class WebhookRecordConfiguration : IEntityTypeConfiguration<WebhookRecord>
{
    public void Configure(EntityTypeBuilder<WebhookRecord> e)
    {
        e.ToTable("Webhooks");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(26);
        e.Property(x => x.Name).HasMaxLength(128).IsRequired();
        e.Property(x => x.Url).HasMaxLength(2048).IsRequired();
        e.Property(x => x.ProtectedSecret).HasMaxLength(1024).IsRequired();
        e.Property(x => x.ContentTypes).HasMaxLength(2048);
        e.Ignore(x => x.TypeList);
    }
}

internal sealed class WebhookDeliveryRecordConfiguration : IEntityTypeConfiguration<WebhookDeliveryRecord>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryRecord> e)
    {
        e.ToTable("WebhookDeliveries");
        e.HasKey(x => x.Id);
        e.Property(x => x.WebhookId).HasMaxLength(26).IsRequired();
        e.Property(x => x.Event).HasMaxLength(64).IsRequired();
        e.Property(x => x.ContentItemId).HasMaxLength(26);
        e.Property(x => x.LastError).HasMaxLength(1024);
        e.HasIndex(x => new { x.Status, x.NextAttemptUtc });
        e.HasIndex(x => new { x.WebhookId, x.Id });
    }
}
