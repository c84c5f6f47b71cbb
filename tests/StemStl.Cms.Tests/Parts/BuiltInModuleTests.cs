using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;
using StemStl.Cms.Rendering;
using StemStl.ContentFields;
using StemStl.Contents;

namespace StemStl.Cms.Tests.Parts;

public sealed class BuiltInModuleTests
{
    [Fact]
    public void Catalog_ResolvesTheTaxonomyFieldThroughTaxonomiesToTitle()
    {
        var catalog = new ModuleCatalog([new ContentsModule(), new ContentFieldsModule()]);

        Assert.Equal(["StemStl.Title", "StemStl.Taxonomies", "StemStl.ContentFields.Taxonomy"], catalog.WithDependencies("StemStl.ContentFields.Taxonomy"));
        Assert.All(catalog.Features, f => Assert.True(f.Feature.EnabledByDefault));
    }

    [Fact]
    public void Configure_RegistersEveryBuiltInKindUnderItsFeature()
    {
        var services = new ServiceCollection().AddHtmlRenderer();
        foreach (CmsModule module in new CmsModule[] { new ContentsModule(), new ContentFieldsModule() })
        {
            module.Configure(new ModuleBuilder(module.Manifest, services));
        }

        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var parts = scope.ServiceProvider.GetServices<ContentPartKind>().Select(p => p.Name).Order(StringComparer.Ordinal);
        var fields = scope.ServiceProvider.GetServices<ContentFieldKind>().Select(f => f.Name).Order(StringComparer.Ordinal);
        var contributions = provider.GetServices<FeatureContribution>().ToDictionary(c => c.ImplementationType.Name, c => c.FeatureId);

        Assert.Equal(
            ["AutoroutePart", "ContainedPart", "HtmlBodyPart", "ListPart", "MarkdownBodyPart", "PublishLaterPart", "TaxonomyPart", "TermPart", "TitlePart", "UnpublishLaterPart"],
            parts);
        Assert.Equal(
            ["BooleanField", "ContentPickerField", "DateField", "DateTimeField", "GeoPointField", "HtmlField", "LinkField", "MarkdownField", "MediaField", "MultiTextField", "NumericField", "TaxonomyField", "TextField"],
            fields);
        Assert.Equal("StemStl.Taxonomies", contributions["TermPart"]);
        Assert.Equal("StemStl.PublishLater", contributions["UnpublishLaterPart"]);
        Assert.Equal("StemStl.ContentFields.Taxonomy", contributions["TaxonomyField"]);
        Assert.Equal("StemStl.ContentFields", contributions["TextField"]);
    }
}
