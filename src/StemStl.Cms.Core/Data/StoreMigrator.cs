using Microsoft.EntityFrameworkCore;

namespace StemStl.Cms.Data;

/// <summary>Brings the store's schema up to date with the migrations of its provider.</summary>
internal static class StoreMigrator
{
    public static Task MigrateAsync(CmsDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.MigrateAsync(ct);
    }
}
