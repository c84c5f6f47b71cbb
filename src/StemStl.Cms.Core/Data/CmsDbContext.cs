using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using StemStl.Cms.Media;
using StemStl.Cms.Reviews;
using StemStl.Cms.Jobs;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.Data;

/// <summary>
/// The one store: content versions and their indexes, definitions, features, settings, audit, tokens and Identity.
/// Provider-specific subclasses exist only so each provider keeps its own migrations.
/// </summary>
public abstract class CmsDbContext : IdentityDbContext<CmsUser, CmsRole, string>
{
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtc =
        new(v => v == null || v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(), v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));

    private protected CmsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();

    internal DbSet<ContentFieldIndexRecord> ContentFieldIndex => Set<ContentFieldIndexRecord>();

    internal DbSet<ContentUniqueValueRecord> ContentUniqueValues => Set<ContentUniqueValueRecord>();

    internal DbSet<ContentDefinitionRecord> ContentDefinitions => Set<ContentDefinitionRecord>();

    internal DbSet<FeatureStateRecord> Features => Set<FeatureStateRecord>();

    internal DbSet<SiteSettingsRecord> SiteSettings => Set<SiteSettingsRecord>();

    internal DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    internal DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();

    internal DbSet<WebhookRecord> Webhooks => Set<WebhookRecord>();

    internal DbSet<WebhookDeliveryRecord> WebhookDeliveries => Set<WebhookDeliveryRecord>();

    internal DbSet<ContentChangeRecord> ContentChanges => Set<ContentChangeRecord>();

    internal DbSet<MediaRecord> MediaFiles => Set<MediaRecord>();
    internal DbSet<ReviewRequestRecord> ReviewRequests => Set<ReviewRequestRecord>();
    internal DbSet<JobRecord> Jobs => Set<JobRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();

        builder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.DisplayText).HasMaxLength(1024);
            e.Property(x => x.Owner).HasMaxLength(255);
            e.Property(x => x.Author).HasMaxLength(255);
            e.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            e.HasIndex(x => new { x.ContentItemId, x.Latest, x.Published });

            // The store's invariant, enforced by the database too: at most one latest and one published version per item.
            // A bare boolean column is a valid filter on both SQLite and PostgreSQL.
            e.HasIndex(x => x.ContentItemId, "IX_ContentItems_OneLatest").IsUnique().HasFilter("\"Latest\"");
            e.HasIndex(x => x.ContentItemId, "IX_ContentItems_OnePublished").IsUnique().HasFilter("\"Published\"");
            e.HasIndex(x => new { x.ContentType, x.Published, x.Latest, x.ModifiedUtc });
            e.HasIndex(x => new { x.ContentType, x.Latest, x.DisplayText });

            // Lists read a page of one type's published (front ends) or latest (editors) versions in date order. A bare
            // boolean is no equality the index above can seek on, so these partial indexes hold just those rows in list
            // order, and a page is read from the top of one of them instead of sorting every version of the type.
            // Id is last, as in the lists' tie-breaker; on SQLite it is the rowid that ends every index anyway.
            e.HasIndex(x => new { x.ContentType, x.PublishedUtc, x.Id }, "IX_ContentItems_Published_ByPublishedUtc").HasFilter("\"Published\"");
            e.HasIndex(x => new { x.ContentType, x.ModifiedUtc, x.Id }, "IX_ContentItems_Published_ByModifiedUtc").HasFilter("\"Published\"");
            e.HasIndex(x => new { x.ContentType, x.ModifiedUtc, x.Id }, "IX_ContentItems_Latest_ByModifiedUtc").HasFilter("\"Latest\"");
            e.HasMany(x => x.Fields).WithOne().HasForeignKey(f => f.ContentItemRecordId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ContentFieldIndexRecord>(e =>
        {
            e.ToTable("ContentFieldIndex");
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(255).IsRequired();
            e.Property(x => x.Path).HasMaxLength(255).IsRequired();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Text).HasMaxLength(512);
            e.HasIndex(x => new { x.Path, x.Text });
            e.HasIndex(x => new { x.Path, x.Number });
            e.HasIndex(x => new { x.Path, x.Date });
            e.HasIndex(x => new { x.ContentType, x.Path, x.Published, x.Latest });
        });

        builder.Entity<ContentUniqueValueRecord>(e =>
        {
            e.ToTable("ContentUniqueValues");
            e.HasKey(x => new { x.Scope, x.Value });
            e.Property(x => x.Scope).HasMaxLength(64);
            e.Property(x => x.Value).HasMaxLength(512);
            e.Property(x => x.ContentItemId).HasMaxLength(26).IsRequired();
            e.HasIndex(x => x.ContentItemId);
        });

        builder.Entity<ContentDefinitionRecord>(e =>
        {
            e.ToTable("ContentDefinitions");
            e.HasKey(x => new { x.Kind, x.Name });
            e.Property(x => x.Kind).HasMaxLength(8);
            e.Property(x => x.Name).HasMaxLength(255);
        });

        builder.Entity<FeatureStateRecord>(e =>
        {
            e.ToTable("Features");
            e.HasKey(x => x.FeatureId);
            e.Property(x => x.FeatureId).HasMaxLength(255);
        });

        builder.Entity<SiteSettingsRecord>(e =>
        {
            e.ToTable("SiteSettings");
            e.HasKey(x => x.Section);
            e.Property(x => x.Section).HasMaxLength(255);
        });

        builder.Entity<AuditEventRecord>(e =>
        {
            e.ToTable("AuditEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Category).HasMaxLength(64).IsRequired();
            e.Property(x => x.Action).HasMaxLength(64).IsRequired();
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.ContentItemId).HasMaxLength(26);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(26);
            e.Property(x => x.ContentType).HasMaxLength(255);
            e.HasIndex(x => x.Utc);
            e.HasIndex(x => x.ContentItemId);
        });

        builder.Entity<ApiTokenRecord>(e =>
        {
            e.ToTable("ApiTokens");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(26);
            e.Property(x => x.Name).HasMaxLength(128).IsRequired();
            e.Property(x => x.Hash).HasMaxLength(64).IsRequired();
            e.Property(x => x.Scopes).HasMaxLength(2048);
            e.Property(x => x.CreatedBy).HasMaxLength(450);
            e.HasIndex(x => x.Hash).IsUnique();
        });

        builder.ApplyConfiguration(new WebhookRecordConfiguration());
        builder.ApplyConfiguration(new WebhookDeliveryRecordConfiguration());
        builder.ApplyConfiguration(new ContentChangeRecordConfiguration());
        builder.ApplyConfiguration(new MediaRecordConfiguration());
        builder.ApplyConfiguration(new ReviewRequestRecordConfiguration());
        builder.ApplyConfiguration(new JobRecordConfiguration());

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTime))
                {
                    property.SetValueConverter(Utc);
                }
                else if (property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(NullableUtc);
                }
            }
        }
    }
}

/// <summary>The store on SQLite (the default: one file under App_Data, WAL mode).</summary>
public sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);

/// <summary>The store on PostgreSQL, shared by every node of a scaled-out site.</summary>
public sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options);
