using StemStl.Cms.Modules;

namespace StemStl.ContentFields;

/// <summary>The field kinds every site starts with. The taxonomy field has its own feature because it reads taxonomies.</summary>
internal static class Manifest
{
    public const string FieldsFeature = "StemStl.ContentFields";
    public const string TaxonomyFieldFeature = "StemStl.ContentFields.Taxonomy";

    public static ModuleManifest Module { get; } = new(
        "StemStl.ContentFields",
        "Content fields",
        "The built-in field kinds: text, Markdown, HTML, numbers, dates, links, pickers, taxonomy terms, media, places and lists of text.",
        "Content",
        [
            new FeatureManifest(
                FieldsFeature,
                "Content fields",
                "Text, Markdown, Html, Numeric, Boolean, Date, DateTime, Link, ContentPicker, Media, GeoPoint and MultiText fields.",
                [],
                EnabledByDefault: true),
            new FeatureManifest(
                TaxonomyFieldFeature,
                "Taxonomy field",
                "A field that holds terms of one taxonomy.",
                ["StemStl.Taxonomies"],
                EnabledByDefault: true),
        ]);
}
