using Lucene.Net.Index;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Indexing;
using StemStl.Cms.Modules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>
/// One pass of the background indexer over one scope: brings every defined index on this node up to the head of the
/// change log, building (or rebuilding) it first where needed.
/// </summary>
internal sealed class LuceneIndexer(
    LuceneIndexManager indexes,
    LuceneIndexSettings settings,
    IContentChangeLog changes,
    IContentChangeLogPruner pruned,
    IContentManager content,
    IContentList list,
    IContentDefinitionManager definitions,
    IEnabled<IContentIndexContributor> contributors,
    IOptions<LuceneOptions> options,
    ILogger<LuceneIndexer> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var states = await settings.ListAsync(cancellationToken);
        foreach (var state in states)
        {
            await SyncAsync(state, cancellationToken);
        }

        foreach (var name in indexes.OpenNames.Except(states.Select(s => s.Definition.Name)))
        {
            indexes.Close(name);
        }
    }

    private async Task SyncAsync(LuceneIndexState state, CancellationToken cancellationToken)
    {
        var name = state.Definition.Name;
        var handle = indexes.Find(name) ?? TryOpen(state.Definition);
        if (handle is not null && handle.BuiltUnder == (state.Definition.Hash, state.RebuildGeneration))
        {
            if (handle.ResetGeneration != state.ResetGeneration)
            {
                handle.Reset(state);
                LuceneLog.Reset(logger, name);
            }

            if (await CatchUpAsync(handle, state, cancellationToken))
            {
                return;
            }

            // The log no longer reaches back to this index's cursor (pruned while this node was away, or a reset after
            // a prune): replaying would skip changes, so the index is built again from the content.
            LuceneLog.BehindPrunedLog(logger, name, handle.Cursor);
        }

        // Built beside the one in use, which keeps answering queries until the new one has caught up.
        var side = indexes.CreateSide(state.Definition);
        try
        {
            await BuildAsync(side, state, cancellationToken);
            if (!await CatchUpAsync(side, state, cancellationToken))
            {
                throw new InvalidOperationException($"the change log was pruned past index '{name}' while it was being built; the next pass builds it again.");
            }
        }
        catch
        {
            side.Retire(deleteFolder: true);
            throw;
        }

        indexes.Publish(name, side);
        LuceneLog.Built(logger, name, side.Cursor);
    }

    private LuceneIndexHandle? TryOpen(LuceneIndexDefinition definition)
    {
        try
        {
            return indexes.OpenCurrent(definition);
        }
#pragma warning disable CA1031 // Any damage (missing files, a corrupt segment, a half-written pointer) means the same thing: build it again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LuceneLog.Damaged(logger, ex, definition.Name);
            indexes.Drop(definition.Name);
            return null;
        }
    }

    /// <summary>Indexes every item of the index's types; the cursor starts at the head read before the first page.</summary>
    private async Task BuildAsync(LuceneIndexHandle handle, LuceneIndexState state, CancellationToken cancellationToken)
    {
        var head = await changes.GetHeadIdAsync(cancellationToken);
        var builder = new LuceneDocumentBuilder(contributors);
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var query = new ContentListQuery { ContentTypes = state.Definition.ContentTypes, Sort = ContentListSort.CreatedDescending, Take = ContentListQuery.MaxTake };
        for (var skip = 0; ; skip += ContentListQuery.MaxTake)
        {
            var page = await list.QueryAsync(query with { Skip = skip }, cancellationToken);
            var ids = page.Items.Select(i => i.ContentItemId).ToList();
            if (ids.Count == 0)
            {
                break;
            }

            await WriteAsync(handle, builder, snapshot, ids, cancellationToken);
        }

        handle.Commit(head, state);
    }

    /// <summary>Applies the log from the index's cursor to the head; false when the log was pruned past the cursor.</summary>
    private async Task<bool> CatchUpAsync(LuceneIndexHandle handle, LuceneIndexState state, CancellationToken cancellationToken)
    {
        var builder = new LuceneDocumentBuilder(contributors);
        var types = state.Definition.ContentTypes.ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            var batch = await changes.ReadAsync(handle.Cursor, options.Value.BatchSize, cancellationToken);

            // Asked after the read: pruning only moves forward, so a log that still starts at the cursor now did then.
            if (await pruned.GetPrunedThroughAsync(cancellationToken) > handle.Cursor)
            {
                return false;
            }

            if (batch.Changes.Count == 0)
            {
                return true;
            }

            var ids = batch.Changes.Where(c => types.Contains(c.ContentType)).Select(c => c.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count > 0)
            {
                await WriteAsync(handle, builder, await definitions.GetSnapshotAsync(cancellationToken), ids, cancellationToken);
            }

            handle.Commit(batch.Changes[^1].Id, state);
            indexes.Advanced();
        }
    }

    /// <summary>Replaces the documents of <paramref name="ids"/> with their current state; items gone or out of the index's scope are deleted.</summary>
    private async Task WriteAsync(LuceneIndexHandle handle, LuceneDocumentBuilder builder, ContentDefinitionSnapshot snapshot, List<string> ids, CancellationToken cancellationToken)
    {
        var definition = handle.Definition;
        var version = definition.IndexLatest ? VersionOptions.Latest : VersionOptions.Published;
        var items = (await content.GetManyAsync(ids, version, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var term = new Term(LuceneFields.ContentItemId, id);
            if (items.TryGetValue(id, out var item) && definition.ContentTypes.Contains(item.ContentType) && snapshot.FindType(item.ContentType) is { } type)
            {
                handle.Writer.UpdateDocument(term, await builder.BuildAsync(item, type, snapshot, definition, handle.Schema, cancellationToken));
            }
            else
            {
                handle.Writer.DeleteDocuments(term);
            }
        }
    }
}
