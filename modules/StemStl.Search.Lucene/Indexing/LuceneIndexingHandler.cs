using StemStl.Cms.Handlers;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>Wakes the indexer once a change on this node has committed, so it is searchable without waiting for a poll.</summary>
internal sealed class LuceneIndexingHandler(LuceneIndexManager indexes) : IContentHandler
{
    public Task CreatedAsync(ContentContext context) => Wake(context);

    public Task UpdatedAsync(ContentContext context) => Wake(context);

    public Task PublishedAsync(ContentContext context) => Wake(context);

    public Task UnpublishedAsync(ContentContext context) => Wake(context);

    public Task RemovedAsync(ContentContext context) => Wake(context);

    private Task Wake(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AfterCommit(_ =>
        {
            indexes.Wake();
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }
}
