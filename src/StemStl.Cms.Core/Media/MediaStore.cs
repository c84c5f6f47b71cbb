using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;

namespace StemStl.Cms.Media;

/// <summary>
/// Files on disk under <see cref="MediaFolder"/>, rows in <c>MediaFiles</c>. An upload is spooled to a temporary file
/// first, so the checker and the hash read it from the disk and a refused upload never reaches the library.
/// </summary>
internal sealed class MediaStore(CmsDbContext db, IUploadChecker checker, MediaFolder folder, TimeProvider clock) : IMediaStore
{
    public async Task<MediaSaveResult> SaveAsync(string fileName, Stream content, string? uploadedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 256)
        {
            return new(null, "Give the file a name of 1 to 256 characters.");
        }

        var rules = UploadRules.Media;
        var spool = Path.Combine(folder.EnsureRoot(), ".spool-" + Guid.NewGuid().ToString("N"));
        try
        {
            MediaRecord placed;
            await using (var target = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                // Copy one byte past the limit at most: enough for the checker to refuse the size without storing it all.
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0 && target.Length <= rules.MaxBytes)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                target.Position = 0;
                var check = await checker.CheckAsync(name, target, rules, cancellationToken);
                if (!check.Accepted)
                {
                    return new(null, check.Problem);
                }

                var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(target, cancellationToken));
                var (record, existing) = await PlaceAsync(name, sha, check.ContentType!, target.Length, uploadedBy, cancellationToken);
                if (existing)
                {
                    return new(record.ToFile(), null);
                }

                placed = record;
            }

            await MoveIntoPlaceAsync(spool, placed.Path, cancellationToken);
            return new(placed.ToFile(), null);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    public async Task<MediaPage> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var query = db.MediaFiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var needle = search.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // The StringComparison overload does not translate to SQL; lower() does. Paths are lower case already.
            query = query.Where(r => r.OriginalName.ToLower().Contains(needle) || r.Path.Contains(needle));
#pragma warning restore CA1862
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.CreatedUtc).ThenBy(r => r.Path)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new MediaPage([.. rows.Select(r => r.ToFile())], total, page, pageSize);
    }

    public async Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default) =>
        MediaPaths.IsValid(path)
            ? (await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(r => r.Path == path, cancellationToken))?.ToFile()
            : null;

    public Stream? OpenRead(MediaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var disk = folder.OnDisk(file.Path);
        return File.Exists(disk) ? new FileStream(disk, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous) : null;
    }

    public async Task<IReadOnlyList<string>> PublishedReferencesAsync(string path, CancellationToken cancellationToken = default) =>
        await db.ContentFieldIndex.AsNoTracking()
            .Where(f => f.Published && f.Kind == Definitions.FieldIndexKind.Text && f.Text == path)
            .Select(f => f.ContentItemId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);

    public async Task<MediaDeleteResult> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        var row = MediaPaths.IsValid(path) ? await db.MediaFiles.FirstOrDefaultAsync(r => r.Path == path, cancellationToken) : null;
        if (row is null)
        {
            return new(MediaDeleteOutcome.NotFound, []);
        }

        var references = await PublishedReferencesAsync(path, cancellationToken);
        if (references.Count > 0)
        {
            return new(MediaDeleteOutcome.InUse, references);
        }

        db.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(folder.OnDisk(path));
        return new(MediaDeleteOutcome.Deleted, []);
    }

    // The row goes in first: the primary key settles two uploads racing for one path before any bytes move.
    private async Task<(MediaRecord Record, bool Existing)> PlaceAsync(string name, string sha, string contentType, long size, string? uploadedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var length in (int[])[8, 16, 64])
        {
            var path = MediaPaths.Create(now, name, sha, length);
            if (await db.MediaFiles.AsNoTracking().FirstOrDefaultAsync(r => r.Path == path, cancellationToken) is { } existing)
            {
                if (existing.Sha256 == sha)
                {
                    return (existing, true);
                }

                continue;
            }

            var record = new MediaRecord
            {
                Path = path, OriginalName = name, ContentType = contentType, Size = size, Sha256 = sha,
                UploadedBy = uploadedBy, CreatedUtc = now.UtcDateTime,
            };
            db.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(record).State = EntityState.Detached;
            return (record, false);
        }

        throw new InvalidOperationException($"No free library path for '{name}' ({sha}).");
    }

    private async Task MoveIntoPlaceAsync(string spool, string path, CancellationToken cancellationToken)
    {
        var disk = folder.OnDisk(path);
        Directory.CreateDirectory(Path.GetDirectoryName(disk)!);
        try
        {
            File.Move(spool, disk, overwrite: true);
        }
        catch (IOException)
        {
            // The bytes could not be placed: the row must not point at nothing.
            await db.MediaFiles.Where(r => r.Path == path).ExecuteDeleteAsync(cancellationToken);
            throw;
        }
    }
}
