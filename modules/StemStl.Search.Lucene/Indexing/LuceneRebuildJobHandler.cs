using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Jobs;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>
/// Rebuilds one index as a background job: asks for the rebuild (as the rebuild button always did), then follows the
/// indexing service on this node until the new build has taken over and caught up with the change log, reporting the
/// cursor against the log's head. The argument is <c>{"name": "..."}</c>; whoever queues it has checked ManageLuceneIndexes.
/// </summary>
internal sealed class LuceneRebuildJobHandler(LuceneIndexSettings settings, LuceneIndexManager indexes, IContentChangeLog changes) : IJobHandler
{
    public const string JobKind = "search.rebuild";

    public string Kind => JobKind;

    public async Task<JsonNode?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Argument?["name"]?.GetValue<string>() ?? throw new InvalidOperationException("The job names no index: its argument must be {\"name\": \"...\"}.");
        var state = await settings.FindAsync(name, cancellationToken)
            ?? throw new InvalidOperationException($"The index '{name}' no longer exists; it was deleted after the rebuild was asked for.");
        await settings.RequestAsync(state, rebuild: true, cancellationToken);
        var generation = state.RebuildGeneration + 1;
        var head = await changes.GetHeadIdAsync(cancellationToken);
        context.Progress.Report(0, 0, $"Rebuilding '{name}' from the content");
        indexes.Wake();

        await indexes.WaitUntilAsync(
            () =>
            {
                var handle = indexes.Find(name);
                var built = handle is not null && handle.BuiltUnder.Rebuild >= generation;
                if (built)
                {
                    context.Progress.Report((int)Math.Min(int.MaxValue, Math.Min(handle!.Cursor, head)), (int)Math.Min(int.MaxValue, head), "Catching up with the change log");
                }

                return built && handle!.Cursor >= head;
            },
            cancellationToken);

        var documents = indexes.Find(name) is { } done && done.Acquire() is { } searcher ? Count(done, searcher) : 0;
        return new JsonObject { ["index"] = name, ["documents"] = documents, ["cursor"] = head };
    }

    private static int Count(LuceneIndexHandle handle, global::Lucene.Net.Search.IndexSearcher searcher)
    {
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            handle.Release(searcher);
        }
    }
}
