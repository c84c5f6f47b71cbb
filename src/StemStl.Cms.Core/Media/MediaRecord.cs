using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StemStl.Cms.Media;

/// <summary>The metadata row of one media library file; the bytes live on disk under the media folder.</summary>
internal sealed class MediaRecord
{
    /// <summary>The library path, <c>yyyy/MM/slug-hash.ext</c>; the key, and the file's place on disk.</summary>
    public string Path { get; set; } = "";

    public string OriginalName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public string? UploadedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public MediaFile ToFile() => new(Path, OriginalName, ContentType, Size, Sha256, UploadedBy, CreatedUtc);
}

internal sealed class MediaRecordConfiguration : IEntityTypeConfiguration<MediaRecord>
{
    public void Configure(EntityTypeBuilder<MediaRecord> e)
    {
        e.ToTable("MediaFiles");
        e.HasKey(x => x.Path);
        e.Property(x => x.Path).HasMaxLength(256);
        e.Property(x => x.OriginalName).HasMaxLength(256).IsRequired();
        e.Property(x => x.ContentType).HasMaxLength(128).IsRequired();
        e.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        e.Property(x => x.UploadedBy).HasMaxLength(256);
        e.HasIndex(x => x.CreatedUtc);
        e.HasIndex(x => x.Sha256);
    }
}
