using StemStl.Cms.Security;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene;

/// <summary>
/// The search module's permissions, with Orchard Core's names: managing indexes, the JSON query API, and one
/// <c>QueryLucene{IndexName}Index</c> per defined index, which only matters for indexes that are not public.
/// </summary>
internal sealed class LucenePermissions(LuceneIndexCatalog catalog) : IPermissionProvider
{
    public static readonly Permission ManageLuceneIndexes = new("ManageLuceneIndexes", "Manage Lucene indexes: see their state, rebuild and reset them");

    /// <summary>Orchard's JSON API returns stored fields, not just items, so it is granted on purpose rather than to everyone.</summary>
    public static readonly Permission QueryLuceneApi = new("QueryLuceneApi", "Query Lucene indexes with JSON queries (/api/lucene/content, /api/lucene/documents)", [ManageLuceneIndexes]);

    /// <summary>Querying one index that is not public; whoever manages the indexes holds it for every index.</summary>
    public static Permission QueryIndex(string indexName) =>
        new($"QueryLucene{indexName}Index", $"Query the Lucene index '{indexName}' (when it is not public)", [ManageLuceneIndexes]);

    public IEnumerable<Permission> GetPermissions() => [ManageLuceneIndexes, QueryLuceneApi, .. catalog.Names.Select(QueryIndex)];

    public IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() =>
        [("Administrator", [ManageLuceneIndexes])];
}
