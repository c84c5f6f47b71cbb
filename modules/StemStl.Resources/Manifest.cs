using StemStl.Cms.Modules;

namespace StemStl.Resources;

/// <summary>One feature: the Resource type's rules, its search facets, the CSV import and the GraphQL conveniences.</summary>
internal static class Manifest
{
    public const string Resources = "StemStl.Resources";

    public static ModuleManifest Module { get; } = new(
        "StemStl.Resources",
        "Educator resources",
        "The Educator Resources Portal's resources, their subjects, grade bands, settings and types, and a CSV import.",
        "STEMSTL",
        [
            new FeatureManifest(
                Resources,
                "Educator resources",
                "Resources for educators with four taxonomies, link and grade-band rules, search facets and bulk CSV import.",
                ["StemStl.Title", "StemStl.Autoroute", "StemStl.Markdown", "StemStl.ContentFields", "StemStl.Taxonomies", "StemStl.ContentFields.Taxonomy"]),
        ]);
}
