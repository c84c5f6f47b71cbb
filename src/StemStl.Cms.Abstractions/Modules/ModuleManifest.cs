namespace StemStl.Cms.Modules;

/// <summary>What a module is and which features it offers. Data only: behaviour lives in <see cref="CmsModule"/>.</summary>
/// <param name="Id">Stable identifier, e.g. <c>StemStl.Contents</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One sentence for the features screen.</param>
/// <param name="Category">Grouping on the features screen, e.g. <c>Content</c>.</param>
/// <param name="Features">The features; every module has at least one.</param>
public sealed record ModuleManifest(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<FeatureManifest> Features);

/// <summary>A unit that can be switched on and off for the site.</summary>
/// <param name="Id">Stable identifier, unique across modules.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One sentence for the features screen.</param>
/// <param name="Dependencies">Ids of features that must be on while this one is.</param>
/// <param name="EnabledByDefault">Switched on when a site is first set up, before the setup recipe runs.</param>
/// <param name="AlwaysEnabled">Part of the engine: can never be switched off.</param>
public sealed record FeatureManifest(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> Dependencies,
    bool EnabledByDefault = false,
    bool AlwaysEnabled = false)
{
    /// <summary>A feature with no dependencies.</summary>
    public FeatureManifest(string id, string name, string description)
        : this(id, name, description, [])
    {
    }
}
