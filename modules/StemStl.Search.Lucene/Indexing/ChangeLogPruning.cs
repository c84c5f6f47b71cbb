using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Content;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>
/// One pruning pass of this node. Nodes do not know each other, so the rule uses only what this node knows: a change
/// is deleted when it is older than <see cref="LuceneOptions.ChangeLogRetention"/> AND every index defined here has
/// applied it. A node that is behind keeps the log for everyone, and nothing is pruned while an index here is not open
/// yet (just started, or being built for the first time). A node away for longer than the retention finds its cursors
/// below the start of the log and rebuilds from the content (see <see cref="IContentChangeLogPruner"/>).
/// </summary>
internal sealed class ChangeLogPruning(
    LuceneIndexManager indexes,
    LuceneIndexSettings settings,
    IContentChangeLogPruner pruner,
    IOptions<LuceneOptions> options,
    TimeProvider clock,
    ILogger<ChangeLogPruning> logger)
{
    /// <summary>Deletes what the rule allows; returns how many changes went.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var defined = (await settings.ListAsync(cancellationToken)).Select(s => s.Definition.Name).ToList();
        if (Through(defined, name => indexes.Find(name)?.Cursor) is not { } through)
        {
            return 0;
        }

        var olderThan = clock.GetUtcNow().UtcDateTime - options.Value.ChangeLogRetention;
        var count = await pruner.PruneAsync(through, olderThan, cancellationToken);
        if (count > 0)
        {
            LuceneLog.Pruned(logger, count, through, olderThan);
        }

        return count;
    }

    /// <summary>
    /// The last change every index in <paramref name="defined"/> has applied (the slowest cursor); null when one of
    /// them is not open on this node, so its position is unknown. With no index defined, nothing here needs the log
    /// and only the retention limits pruning.
    /// </summary>
    public static long? Through(IReadOnlyCollection<string> defined, Func<string, long?> cursorOf)
    {
        ArgumentNullException.ThrowIfNull(defined);
        ArgumentNullException.ThrowIfNull(cursorOf);
        var slowest = long.MaxValue;
        foreach (var name in defined)
        {
            if (cursorOf(name) is not { } cursor)
            {
                return null;
            }

            slowest = Math.Min(slowest, cursor);
        }

        return slowest;
    }
}
