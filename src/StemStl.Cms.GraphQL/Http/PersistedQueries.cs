using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// Automatic persisted queries as Apollo clients speak them: a request names its document by
/// <c>extensions.persistedQuery.sha256Hash</c>; an unknown hash asks the client to send the document once with the hash,
/// after which the hash alone (for example in a short, cacheable GET) is enough. Documents live in a bounded
/// in-memory cache: one evicted is simply registered again by the client's retry.
/// </summary>
internal sealed class PersistedQueries : IDisposable
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string Invalid = "PERSISTED_QUERY_INVALID";

    private readonly MemoryCache _documents;
    private readonly GraphQLOptions _options;

    public PersistedQueries(IOptions<GraphQLOptions> options)
    {
        _options = options.Value;
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.PersistedQueryEntries });
    }

    /// <summary>
    /// The document to run: the request's own, or the persisted one its hash names. A request without the extension
    /// is held to <see cref="GraphQLOptions.MaxDocumentLength"/>; a registration to the larger persisted limit.
    /// </summary>
    public (string? Query, GraphQLFailure? Failure) Resolve(GraphQLRequest request)
    {
        if (request.Extensions?.TryGetValue("persistedQuery", out var value) != true)
        {
            return request.Query is { } query && query.Length > _options.MaxDocumentLength
                ? (null, GraphQLFailure.TooLarge(query.Length, _options.MaxDocumentLength, "Use variables, or register the document as a persisted query (up to " + _options.MaxPersistedDocumentLength.ToString("N0", CultureInfo.InvariantCulture) + " characters)."))
                : (request.Query, null);
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted
            || !persisted.TryGetValue("version", out var version) || !IsOne(version)
            || !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash || !IsSha256(hash))
        {
            return (null, new GraphQLFailure(StatusCodes.Status400BadRequest, Invalid,
                "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits of the document's SHA-256>\"}."));
        }

        hash = hash.ToLowerInvariant();
        if (string.IsNullOrEmpty(request.Query))
        {
            return _documents.TryGetValue(hash, out string? known)
                ? (known, null)
                : (null, new GraphQLFailure(StatusCodes.Status200OK, NotFound, "PersistedQueryNotFound"));
        }

        if (request.Query.Length > _options.MaxPersistedDocumentLength)
        {
            return (null, GraphQLFailure.TooLarge(request.Query.Length, _options.MaxPersistedDocumentLength, "Split the document into smaller operations."));
        }

        var actual = Sha256(request.Query);
        if (actual != hash)
        {
            return (null, new GraphQLFailure(StatusCodes.Status400BadRequest, HashMismatch,
                $"extensions.persistedQuery.sha256Hash is {hash}, but the SHA-256 of the UTF-8 document sent is {actual}; hash exactly the text in \"query\"."));
        }

        _documents.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromDays(1) });
        return (request.Query, null);
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text, as Apollo clients compute it.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public void Dispose() => _documents.Dispose();

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1,
        double d => d == 1,
        string s => s == "1",
        _ => false,
    };

    private static bool IsSha256(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);
}
