using StemStl.Cms.Modules;

namespace StemStl.Cms;

/// <summary>The engine's own feature: content, recipes and security are always on.</summary>
internal sealed class EngineModule : CmsModule
{
    public const string FeatureId = "StemStl.Cms";

    public override ModuleManifest Manifest { get; } = new(
        FeatureId,
        "StemStl.Cms engine",
        "Content definitions and versions, recipes, users, roles and API tokens.",
        "Core",
        [new FeatureManifest(FeatureId, "Engine", "The content engine.", [], EnabledByDefault: true, AlwaysEnabled: true)]);

    public override void Configure(ModuleBuilder builder)
    {
    }
}
