using StemStl.Cms.Modules;

namespace StemStl.Pathways;

/// <summary>One feature: the pathway types and their stages, the living-wage threshold, matching and the GraphQL additions.</summary>
internal static class Manifest
{
    public const string Pathways = "StemStl.Pathways";

    public static ModuleManifest Module { get; } = new(
        "StemStl.Pathways",
        "Blueprint4STEM pathways",
        "Career pathways into St. Louis's STEM industry clusters, from middle school to early career.",
        "STEMSTL",
        [
            new FeatureManifest(
                Pathways,
                "Blueprint4STEM pathways",
                "Pathways with their stages, occupations and opportunities, the living-wage threshold, and matching pathways to interests.",
                ["StemStl.Title", "StemStl.Autoroute", "StemStl.Markdown", "StemStl.Taxonomies", "StemStl.ContentFields", "StemStl.ContentFields.Taxonomy"]),
        ]);
}
