using StemStl.Cms.Content;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>One index as this node holds it; the numbers are null while it has never been built here.</summary>
/// <param name="State"><c>ready</c>, <c>rebuilding</c> (a newer build is being made beside it) or <c>building</c> (none yet).</param>
/// <param name="Head">The newest change in the log; <c>Lag</c> is how many ids the index is behind it.</param>
internal sealed record LuceneIndexStatus(LuceneIndexState Index, string State, int? DocumentCount, long? Cursor, long Head, long? Lag, string? Build);

/// <summary>Reads the state of every defined index on this node, for the API and the admin page alike.</summary>
internal sealed class LuceneIndexStatuses(LuceneIndexSettings settings, LuceneIndexManager indexes, IContentChangeLog changes)
{
    public async Task<IReadOnlyList<LuceneIndexStatus>> ListAsync(CancellationToken cancellationToken)
    {
        var head = await changes.GetHeadIdAsync(cancellationToken);
        var list = new List<LuceneIndexStatus>();
        foreach (var state in await settings.ListAsync(cancellationToken))
        {
            list.Add(Read(state, head));
        }

        return list;
    }

    private LuceneIndexStatus Read(LuceneIndexState state, long head)
    {
        if (indexes.Find(state.Definition.Name) is not { } handle || handle.Acquire() is not { } searcher)
        {
            return new LuceneIndexStatus(state, "building", null, null, head, null, null);
        }

        try
        {
            var ready = handle.BuiltUnder == (state.Definition.Hash, state.RebuildGeneration);
            return new LuceneIndexStatus(
                state, ready ? "ready" : "rebuilding", searcher.IndexReader.NumDocs, handle.Cursor, head, Math.Max(0, head - handle.Cursor), Path.GetFileName(handle.Folder));
        }
        finally
        {
            handle.Release(searcher);
        }
    }
}
