using StemStl.Cms.Security;

namespace StemStl.Search.Lucene;

/// <summary>The search module's permissions, with Orchard Core's names.</summary>
internal sealed class LucenePermissions : IPermissionProvider
{
    public static readonly Permission ManageLuceneIndexes = new("ManageLuceneIndexes", "Manage Lucene indexes: see their state, rebuild and reset them");

    /// <summary>Orchard's JSON API returns stored fields, not just items, so it is granted on purpose rather than to everyone.</summary>
    public static readonly Permission QueryLuceneApi = new("QueryLuceneApi", "Query Lucene indexes with JSON queries (/api/lucene/content, /api/lucene/documents)", [ManageLuceneIndexes]);

    public IEnumerable<Permission> GetPermissions() => [ManageLuceneIndexes, QueryLuceneApi];

    public IEnumerable<(string Role, IReadOnlyList<Permission> Permissions)> GetDefaultStereotypes() =>
        [("Administrator", [ManageLuceneIndexes])];
}
