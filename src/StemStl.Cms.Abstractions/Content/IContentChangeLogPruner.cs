namespace StemStl.Cms.Content;

/// <summary>
/// Deletes the old start of the content change log. Nodes do not know each other, so the caller decides how far it may
/// go from what it knows (its own followers' cursors and a retention); a follower on another node that finds its cursor
/// below <see cref="GetPrunedThroughAsync"/> has missed changes and rebuilds from the content instead of replaying.
/// </summary>
public interface IContentChangeLogPruner
{
    /// <summary>
    /// Deletes the longest run of changes from the start of the log that are all older than <paramref name="olderThanUtc"/>
    /// and have an id of at most <paramref name="throughId"/>. The newest change is always kept, so the head never moves
    /// back. Only a prefix is ever removed, so the log has no holes. Returns how many changes were deleted.
    /// </summary>
    Task<int> PruneAsync(long throughId, DateTime olderThanUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// The id just before the oldest change still in the log (0 when nothing is missing from its start). A follower whose
    /// cursor is lower cannot replay from it; read this after a batch, since pruning only ever moves it forward.
    /// </summary>
    Task<long> GetPrunedThroughAsync(CancellationToken cancellationToken = default);
}
