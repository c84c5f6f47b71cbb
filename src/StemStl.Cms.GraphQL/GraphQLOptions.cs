using System.ComponentModel.DataAnnotations;

namespace StemStl.Cms.GraphQL;

/// <summary>Limits and caching of <c>/api/graphql</c>. Section <c>StemStl:GraphQL</c>.</summary>
internal sealed class GraphQLOptions
{
    public const string Section = "StemStl:GraphQL";

    /// <summary>The deepest selection nesting a document may have.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// The most a document may cost, as GraphQL.NET's complexity analyzer counts it: 1 per field, and a list field
    /// multiplies its children by its <c>first</c> argument (or 5 without one). 50,000 lets a page of the largest
    /// size (1,000) carry a few dozen fields, or 100 items a relation list of their own, and refuses lists nested in
    /// lists nested in lists.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>The longest document (in characters) sent in <c>query</c>.</summary>
    [Range(64, 1024 * 1024)]
    public int MaxDocumentLength { get; set; } = 16 * 1024;

    /// <summary>The longest document a client may register as an automatic persisted query.</summary>
    [Range(64, 4 * 1024 * 1024)]
    public int MaxPersistedDocumentLength { get; set; } = 64 * 1024;

    /// <summary>How long one request may execute before it is cancelled with a TIMEOUT error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; switch off in production if the schema is private.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>How long anonymous published reads may be cached by browsers and proxies, and by the server (0 switches caching off).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ResponseCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many responses the server keeps (each counts as one unit of the cache's size).</summary>
    [Range(1, 1_000_000)]
    public int ResponseCacheEntries { get; set; } = 2_000;

    /// <summary>
    /// Complexity points one caller (token, else IP) may spend per minute, refilled evenly; a document whose cost does
    /// not fit is refused with 429 and <c>RATE_LIMITED</c>. 0 switches the weighted limit off.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int CostPerMinute { get; set; } = 600_000;

    /// <summary>How many automatic persisted query documents the server keeps.</summary>
    [Range(1, 1_000_000)]
    public int PersistedQueryEntries { get; set; } = 5_000;
}
