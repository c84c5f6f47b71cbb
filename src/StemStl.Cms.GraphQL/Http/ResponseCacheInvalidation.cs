using StemStl.Cms.Handlers;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// Starts a new response-cache generation once a change to what published reads return has committed. Edits count
/// too: a type that is not versionable is edited in place, published version and all.
/// </summary>
internal sealed class ResponseCacheInvalidation(ResponseCache cache) : IContentHandler
{
    public Task UpdatedAsync(ContentContext context) => InvalidateAfterCommit(context);

    public Task PublishedAsync(ContentContext context) => InvalidateAfterCommit(context);

    public Task UnpublishedAsync(ContentContext context) => InvalidateAfterCommit(context);

    public Task RemovedAsync(ContentContext context) => InvalidateAfterCommit(context);

    private Task InvalidateAfterCommit(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Not before the commit: a read between the two would store the old content in the new generation.
        context.AfterCommit(_ =>
        {
            cache.Invalidate();
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }
}
