using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// The server-side cache of published reads. Every content change that can alter a published read starts a new
/// generation: entries of the old one are evicted and can no longer be found, because the generation is part of every key.
/// </summary>
internal sealed class ResponseCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly GraphQLOptions _options;
    private readonly Lock _gate = new();
    private long _generation;
    private CancellationTokenSource _eviction = new();

    public ResponseCache(IOptions<GraphQLOptions> options)
    {
        _options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.ResponseCacheEntries });
    }

    public bool Enabled => _options.ResponseCacheDuration > TimeSpan.Zero;

    /// <summary>How long browsers, proxies and this cache keep a response.</summary>
    public TimeSpan MaxAge => _options.ResponseCacheDuration;

    /// <summary>
    /// The generation a request belongs to, taken before it executes: a response computed while a change commits is
    /// then stored under the old generation, where nobody looks any more, instead of outliving the change.
    /// </summary>
    public ResponseCacheEpoch Current()
    {
        lock (_gate)
        {
            return new ResponseCacheEpoch(_generation, new CancellationChangeToken(_eviction.Token));
        }
    }

    /// <summary>Drops every entry; called once a publish, unpublish, delete or edit has committed.</summary>
    public void Invalidate()
    {
        CancellationTokenSource old;
        lock (_gate)
        {
            _generation++;
            old = _eviction;
            _eviction = new CancellationTokenSource();
        }

        // Not disposed: a request that took the old epoch may still register its entry on that token, and a
        // cancelled token must then evict at once rather than throw.
        old.Cancel();
    }

    public CachedResponse? Find(string key) => _entries.TryGetValue(key, out CachedResponse? hit) ? hit : null;

    public void Store(string key, CachedResponse response, ResponseCacheEpoch epoch)
    {
        var entry = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _options.ResponseCacheDuration };
        entry.ExpirationTokens.Add(epoch.Eviction);
        _entries.Set(key, response, entry);
    }

    /// <summary>One key from every input that can change the bytes of a response, hashed so keys stay short.</summary>
    public static string Key(ResponseCacheEpoch epoch, params ReadOnlySpan<string?> parts)
    {
        var text = new StringBuilder().Append(epoch.Generation);
        foreach (var part in parts)
        {
            // Length-prefixed so that no two different part lists can produce the same text.
            text.Append('|').Append(part?.Length ?? -1).Append(':').Append(part);
        }

        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose()
    {
        _entries.Dispose();
        _eviction.Dispose();
    }
}

/// <summary>A generation of the cache and the token that evicts its entries when it ends.</summary>
internal readonly record struct ResponseCacheEpoch(long Generation, IChangeToken Eviction);

/// <summary>A serialized response: bytes, media type, status, and the strong ETag when it may be cached.</summary>
internal sealed record CachedResponse(byte[] Body, string ContentType, int Status, string? ETag);
