using StemStl.Cms.Modules;

namespace StemStl.Workgroups;

/// <summary>One feature: the types, membership, the workgroup scope, the members API and the GraphQL additions.</summary>
internal static class Manifest
{
    public const string Workgroups = "StemStl.Workgroups";

    public static ModuleManifest Module { get; } = new(
        "StemStl.Workgroups",
        "Workgroups",
        "STEMSTL's workgroups, their pages and their members and chairs.",
        "STEMSTL",
        [
            new FeatureManifest(
                Workgroups,
                "Workgroups",
                "Workgroups and their pages; members and chairs edit their own workgroup's pages.",
                ["StemStl.Title", "StemStl.Autoroute", "StemStl.Markdown", "StemStl.ContentFields"]),
        ]);
}
