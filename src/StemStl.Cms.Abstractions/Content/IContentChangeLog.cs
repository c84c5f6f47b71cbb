namespace StemStl.Cms.Content;

/// <summary>What happened to an item in one <see cref="ContentChange"/>.</summary>
public enum ContentChangeKind
{
    Created,
    Updated,
    Published,
    Unpublished,
    DraftDiscarded,
    Restored,
    Removed,
}

/// <summary>
/// One row of the content change log: the content manager appends it in the same transaction as the change, so a
/// reader that has seen change <see cref="Id"/> has seen every committed change before it (ids only grow).
/// </summary>
/// <param name="Id">Increasing position in the log.</param>
/// <param name="ContentItemVersionId">The version the change is about (for a removal, the last latest version).</param>
public sealed record ContentChange(long Id, string ContentItemId, string ContentItemVersionId, string ContentType, ContentChangeKind Kind, DateTime Utc);

/// <summary>A slice of the log and where the log ends now.</summary>
/// <param name="Changes">Changes after the asked position, oldest first.</param>
/// <param name="HeadId">The id of the newest change in the log when it was read (0 for an empty log).</param>
public sealed record ContentChangeBatch(IReadOnlyList<ContentChange> Changes, long HeadId);

/// <summary>
/// Reads the content change log. Followers (search indexes, caches on other nodes) keep their own cursor, read from it,
/// and so catch up by themselves after a restart or on a second node. The content manager is the only writer.
/// </summary>
public interface IContentChangeLog
{
    /// <summary>Up to <paramref name="max"/> changes with an id greater than <paramref name="afterId"/>, oldest first.</summary>
    Task<ContentChangeBatch> ReadAsync(long afterId, int max, CancellationToken cancellationToken = default);

    /// <summary>The id of the newest change (0 for an empty log).</summary>
    Task<long> GetHeadIdAsync(CancellationToken cancellationToken = default);
}
