using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StemStl.Cms.Data;

/// <summary>One row of the content change log (see <see cref="Content.IContentChangeLog"/>).</summary>
internal sealed class ContentChangeRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string Kind { get; set; } = "";

    public DateTime Utc { get; set; }
}

internal sealed class ContentChangeRecordConfiguration : IEntityTypeConfiguration<ContentChangeRecord>
{
    public void Configure(EntityTypeBuilder<ContentChangeRecord> builder)
    {
        builder.ToTable("ContentChanges");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
        builder.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
        builder.Property(x => x.Kind).HasMaxLength(16).IsRequired();
    }
}
