using GraphQL.DataLoader;

namespace StemStl.Cms.GraphQL.Loading;

/// <summary>
/// A resolver result GraphQL.NET completes after the sibling fields of the same level have been resolved, so every
/// key they asked for is queued before the first of them runs the batch.
/// </summary>
internal sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> fetch) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => fetch(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await fetch(cancellationToken);
}
