using StemStl.Cms.Handlers;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Tests.Modules;

/// <summary>Three features in a chain (Reports needs Charts needs Data) and an engine feature that is always on.</summary>
internal sealed class ChartsModule : CmsModule
{
    public override ModuleManifest Manifest { get; } = new(
        "Test.Charts",
        "Charts",
        "Charts for tests.",
        "Test",
        [
            new FeatureManifest("Test.Data", "Data", "Data sources."),
            new FeatureManifest("Test.Charts", "Charts", "Charts over data.", ["Test.Data"]),
            new FeatureManifest("Test.Reports", "Reports", "Reports made of charts.", ["Test.Charts"]),
            new FeatureManifest("Test.Engine", "Engine", "Always there.", [], EnabledByDefault: true, AlwaysEnabled: true),
        ]);

    public override void Configure(ModuleBuilder builder) =>
        builder
            .Feature("Test.Charts", f => f.AddContentHandler<ChartsHandler>())
            .Feature("Test.Reports", f => f.AddContentHandler<ReportsHandler>());
}

internal sealed class ChartsHandler : IContentHandler;

internal sealed class ReportsHandler : IContentHandler;

/// <summary>A handler registered outside any feature: an engine handler, always on.</summary>
internal sealed class EngineHandler : IContentHandler;
