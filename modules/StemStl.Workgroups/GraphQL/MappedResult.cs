using GraphQL.DataLoader;

namespace StemStl.Workgroups.GraphQL;

/// <summary>A batched result with a step applied once it arrives, so sorting or picking one keeps the batching.</summary>
internal sealed class MappedResult<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
