using StemStl.Cms.Modules;

namespace StemStl.Cms.Tests.Modules;

public sealed class ModuleCatalogTests
{
    private sealed class BrokenModule : CmsModule
    {
        public override ModuleManifest Manifest { get; } = new(
            "Test.Broken", "Broken", "Depends on nothing that exists.", "Test",
            [new FeatureManifest("Test.Broken", "Broken", "", ["Test.Missing"])]);

        public override void Configure(ModuleBuilder builder)
        {
        }
    }

    [Fact]
    public void Discover_FindsTheEngineAndTheReferencedModules()
    {
        var catalog = ModuleCatalog.Discover();

        Assert.Contains(catalog.Modules, m => m.Manifest.Id == "StemStl.Cms");
        Assert.Contains(catalog.Modules, m => m.GetType().Assembly.GetName().Name == "StemStl.Contents");
        Assert.Contains(catalog.Modules, m => m.GetType().Assembly.GetName().Name == "StemStl.ContentFields");
    }

    [Fact]
    public void WithDependencies_ListsDependenciesBeforeTheFeature()
    {
        var catalog = new ModuleCatalog([new ChartsModule()]);

        Assert.Equal(["Test.Data", "Test.Charts", "Test.Reports"], catalog.WithDependencies("Test.Reports"));
    }

    [Fact]
    public void Constructor_WhenADependencyIsMissing_NamesIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new BrokenModule()]));

        Assert.Contains("'Test.Missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenTwoModulesDeclareOneFeature_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new ChartsModule(), new ChartsModule()]));
}
