using StemStl.Cms.Modules;

namespace StemStl.Contents;

/// <summary>The built-in parts, one feature per family so that features with dependencies run on real code.</summary>
internal static class Manifest
{
    public const string Title = "StemStl.Title";
    public const string Autoroute = "StemStl.Autoroute";
    public const string Markdown = "StemStl.Markdown";
    public const string Html = "StemStl.Html";
    public const string Lists = "StemStl.Lists";
    public const string Taxonomies = "StemStl.Taxonomies";
    public const string PublishLater = "StemStl.PublishLater";

    public static ModuleManifest Module { get; } = new(
        "StemStl.Contents",
        "Contents",
        "The built-in parts: titles, paths, bodies, lists, taxonomies and scheduled publishing.",
        "Content",
        [
            new FeatureManifest(Title, "Title", "A title part that sets the item's display text.", [], EnabledByDefault: true),
            new FeatureManifest(Autoroute, "Autoroute", "A unique path per item, typed or generated from a pattern.", [], EnabledByDefault: true),
            new FeatureManifest(Markdown, "Markdown body", "A Markdown body rendered to sanitized HTML.", [], EnabledByDefault: true),
            new FeatureManifest(Html, "HTML body", "An HTML body, sanitized on save.", [], EnabledByDefault: true),
            new FeatureManifest(Lists, "Lists", "Container items and the items they contain, in order.", [], EnabledByDefault: true),
            new FeatureManifest(Taxonomies, "Taxonomies", "Taxonomies of titled terms, and terms that point back to them.", [Title], EnabledByDefault: true),
            new FeatureManifest(PublishLater, "Publish later", "Publishes and unpublishes items at a chosen time.", [], EnabledByDefault: true),
        ]);
}
