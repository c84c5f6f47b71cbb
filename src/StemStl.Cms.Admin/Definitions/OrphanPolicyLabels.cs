using StemStl.Cms.Definitions;

namespace StemStl.Cms.Admin.Definitions;

/// <summary>What each orphaned-data policy means to someone removing a part or field in the editor.</summary>
internal static class OrphanPolicyLabels
{
    public static string Of(OrphanedDataPolicy policy) => policy switch
    {
        OrphanedDataPolicy.Keep => "Keep the data in the items (Orphans = Keep)",
        OrphanedDataPolicy.Delete => "Delete the data from every version (Orphans = Delete)",
        _ => "Refuse the change (Orphans = Refuse)",
    };
}
