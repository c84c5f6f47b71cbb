using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Caching.Memory;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// A document as parsed once: its AST (null when it does not parse), whether it was too deep, its hash, and the schema
/// it last passed validation against.
/// </summary>
internal sealed class ParsedDocument(GraphQLDocument? document, bool tooDeep, string hash)
{
    private ISchema? _validFor;

    public GraphQLDocument? Document { get; } = document;

    public bool TooDeep { get; } = tooDeep;

    public string Hash { get; } = hash;

    /// <summary>
    /// Whether the document passed the spec's validation rules against this very schema. A rebuilt schema (a definition
    /// or a feature changed) is a new instance, so the document is validated in full again.
    /// </summary>
    public bool IsValidFor(ISchema schema) => ReferenceEquals(Volatile.Read(ref _validFor), schema);

    public void MarkValidFor(ISchema schema) => Volatile.Write(ref _validFor, schema);
}

/// <summary>
/// Front ends send the same few documents over and over, so each is parsed and hashed once and its AST reused, as
/// GraphQL.NET's own document cache does: parsing, hashing for the response-cache key and walking the AST for the cache
/// policy were most of the work of a request the response cache answers. Only documents that parse are kept.
/// </summary>
internal sealed class ParsedDocuments : IDisposable
{
    private const int Entries = 1_000;
    private static readonly MemoryCacheEntryOptions EntryOptions = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) };

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = Entries });

    public ParsedDocument Parse(string query)
    {
        if (_documents.TryGetValue(query, out ParsedDocument? known))
        {
            return known!;
        }

        var parsed = ParseNew(query);
        if (parsed.Document is not null)
        {
            _documents.Set(query, parsed, EntryOptions);
        }

        return parsed;
    }

    private static ParsedDocument ParseNew(string query)
    {
        var hash = PersistedQueries.Sha256(query);
        try
        {
            return new ParsedDocument(GraphQLParser.Parser.Parse(query), false, hash);
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The executer parses again and reports the syntax error with its location.
            return new ParsedDocument(null, false, hash);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            // The executer would throw the same exception, uncaught; the endpoint answers instead.
            return new ParsedDocument(null, true, hash);
        }
    }

    public void Dispose() => _documents.Dispose();
}
