namespace StemStl.Cms.Media;

/// <summary>
/// The media library: uploaded files under the site's media folder, each with a metadata row. The store names every
/// file itself (<c>2026/11/annual-report-1a2b3c4d.pdf</c>), so no part of a stored path comes from the uploader.
/// </summary>
public interface IMediaStore
{
    /// <summary>
    /// Checks the upload with <see cref="IUploadChecker"/> (<see cref="UploadRules.Media"/>) and stores it. The same bytes
    /// under the same name in the same month are stored once: the existing file is returned.
    /// </summary>
    Task<MediaSaveResult> SaveAsync(string fileName, Stream content, string? uploadedBy, CancellationToken cancellationToken = default);

    /// <summary>One page of the library, newest first; <paramref name="search"/> matches the original name or the path.</summary>
    Task<MediaPage> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The file at <paramref name="path"/>, or null when the path is not a library path or holds nothing.</summary>
    Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or null when its bytes are gone from the disk.</summary>
    Stream? OpenRead(MediaFile file);

    /// <summary>The ids of published content items whose media fields name <paramref name="path"/>.</summary>
    Task<IReadOnlyList<string>> PublishedReferencesAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file and its row, unless published content still names it.</summary>
    Task<MediaDeleteResult> DeleteAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>One file of the library.</summary>
/// <param name="Path">The library path, e.g. <c>2026/11/annual-report-1a2b3c4d.pdf</c>; served at <c>/media/{Path}</c>.</param>
/// <param name="OriginalName">The name the uploader's file had, for people; never used to find the file.</param>
/// <param name="ContentType">The type the upload checker recognised from the file's first bytes.</param>
/// <param name="Size">In bytes.</param>
/// <param name="Sha256">Hex SHA-256 of the bytes; also the file's ETag.</param>
/// <param name="UploadedBy">The uploader's user name, when known.</param>
/// <param name="CreatedUtc">When it was uploaded.</param>
public sealed record MediaFile(string Path, string OriginalName, string ContentType, long Size, string Sha256, string? UploadedBy, DateTime CreatedUtc)
{
    /// <summary>Whether browsers may show it inline (images); everything else is served as a download.</summary>
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>One page of a library listing.</summary>
public sealed record MediaPage(IReadOnlyList<MediaFile> Items, int Total, int Page, int PageSize);

/// <summary>A stored file, or the reason a person reads why the upload was refused.</summary>
public sealed record MediaSaveResult(MediaFile? File, string? Problem);

/// <summary>What a delete did.</summary>
public enum MediaDeleteOutcome
{
    Deleted,
    NotFound,

    /// <summary>Refused: published content names the file (see <see cref="MediaDeleteResult.ReferencedBy"/>).</summary>
    InUse,
}

/// <summary>The outcome of a delete, with the published items that keep a file in use.</summary>
public sealed record MediaDeleteResult(MediaDeleteOutcome Outcome, IReadOnlyList<string> ReferencedBy);
