using StemStl.Cms.Modules;

namespace StemStl.Search.Lucene;

internal static class Manifest
{
    public const string Feature = "StemStl.Search.Lucene";

    public static ModuleManifest Module { get; } = new(
        "StemStl.Search.Lucene",
        "Lucene search",
        "Named full-text indexes fed by the content change log, with filters, facets and highlights.",
        "Search",
        [new FeatureManifest(Feature, "Lucene search", "Full-text search over named Lucene indexes: /api/search and the lucene-index recipe steps.", [], EnabledByDefault: true)]);
}
