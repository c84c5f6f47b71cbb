using StemStl.Cms.Admin;

namespace StemStl.Search.Lucene.Admin;

/// <summary>The "Search" entry of the admin navigation, for those who manage the indexes.</summary>
internal sealed class LuceneAdminMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
        [new(AdminMenuSections.Configuration, "Search", "/admin/search", 50, LucenePermissions.ManageLuceneIndexes)];
}
