using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StemStl.Cms.Reviews;

/// <summary>Where a review request stands. An approved request is deleted: publishing the item settles it.</summary>
internal enum ReviewStatus
{
    /// <summary>Waiting for someone who may publish the item.</summary>
    Pending = 0,

    /// <summary>A reviewer sent it back with a note; the author changes the draft and submits again.</summary>
    SentBack = 1,
}

/// <summary>
/// The one open review request of a content item: the draft version an author who may not publish it asked to have
/// published, with their note, and the reviewer's answer when it was sent back. Keyed by item, so submitting again
/// replaces the earlier request rather than piling up; the audit trail keeps the history.
/// </summary>
internal sealed class ReviewRequestRecord
{
    public string ContentItemId { get; set; } = "";

    /// <summary>The draft version submitted.</summary>
    public string ContentItemVersionId { get; set; } = "";

    /// <summary>
    /// A SHA-256 of the submitted version's content. Saving a draft again changes it in place under the same version id,
    /// so this is what tells an approval whether the draft is still the one submitted.
    /// </summary>
    public string ContentHash { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public string RequestedBy { get; set; } = "";

    public string RequestedByName { get; set; } = "";

    public DateTime RequestedUtc { get; set; }

    public string? Note { get; set; }

    public ReviewStatus Status { get; set; }

    public string? ReviewedBy { get; set; }

    public string? ReviewedByName { get; set; }

    public DateTime? ReviewedUtc { get; set; }

    /// <summary>The reviewer's note when the request was sent back.</summary>
    public string? ReviewNote { get; set; }
}

internal sealed class ReviewRequestRecordConfiguration : IEntityTypeConfiguration<ReviewRequestRecord>
{
    public void Configure(EntityTypeBuilder<ReviewRequestRecord> e)
    {
        e.ToTable("ReviewRequests");
        e.HasKey(x => x.ContentItemId);
        e.Property(x => x.ContentItemId).HasMaxLength(26);
        e.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        e.Property(x => x.ContentHash).HasMaxLength(64).IsRequired();
        e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        e.Property(x => x.DisplayText).HasMaxLength(1024);
        e.Property(x => x.RequestedBy).HasMaxLength(450).IsRequired();
        e.Property(x => x.RequestedByName).HasMaxLength(256).IsRequired();
        e.Property(x => x.Note).HasMaxLength(ReviewWorkflow.MaxNoteLength);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.ReviewedBy).HasMaxLength(450);
        e.Property(x => x.ReviewedByName).HasMaxLength(256);
        e.Property(x => x.ReviewNote).HasMaxLength(ReviewWorkflow.MaxNoteLength);
        e.HasIndex(x => new { x.Status, x.RequestedUtc });
        e.HasIndex(x => x.RequestedBy);
    }
}
