using GraphQL.DataLoader;

namespace StemStl.Cms.GraphQL;

/// <summary>Steps applied to a batched result once it arrives, so picking or sorting keeps the batching.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>A result that is <paramref name="map"/> applied to <paramref name="result"/>'s value, loaded with its batch.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(map);
        return new Mapped<TIn, TOut>(result, map);
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
