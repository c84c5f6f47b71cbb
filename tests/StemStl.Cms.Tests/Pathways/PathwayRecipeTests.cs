using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;
using StemStl.Cms.Settings;
using StemStl.Cms.Tests.Recipes;
using StemStl.Pathways;
using StemStl.Pathways.Stages;
using StemStl.Pathways.Wages;
using static StemStl.Cms.Tests.Pathways.PathwaySite;

namespace StemStl.Cms.Tests.Pathways;

/// <summary>The module's recipe: its definitions for the API, the industry clusters, and a sample that says it is one.</summary>
public sealed class PathwayRecipeTests(RecipeSite site) : IClassFixture<RecipeSite>
{
    [Fact]
    public async Task TheModuleRecipe_AfterTheRecipesItLinksTo_EnablesTheFeature_AndDefinesItsTypesForTheApi()
    {
        // The sample pathway links a sample resource and the STEMSTL organization, so the resources recipe (and the
        // workgroups one it links to) run first, as the setup recipe orders them.
        AssertSucceeded(await site.ExecuteAsync(
            """{ "name": "pathways-after-their-links", "steps": [ { "name": "recipes", "Values": [ { "name": "workgroups" }, { "name": "resources" }, { "name": "pathways" } ] } ] }"""));

        var (enabled, snapshot) = await site.InScopeAsync(async sp => (
            sp.GetRequiredService<IFeatureManager>().IsEnabled(Manifest.Pathways),
            await sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync()));

        Assert.True(enabled);
        foreach (var type in new[] { "Pathway", "Occupation", "Opportunity", "IndustryClusters", "IndustryCluster" })
        {
            Assert.True(snapshot.FindType(type)?.Settings.ApiVisible, $"{type} should be defined and API-visible");
        }

        Assert.Equal(["TitlePart", "AutoroutePart", "Pathway", "PathwayStagesPart"], snapshot.FindType("Pathway")!.Parts.Select(p => p.Name));
        var pathwayFields = snapshot.FindPart("Pathway")!.Fields.ToDictionary(f => f.Name, f => f.FieldName);
        Assert.Equal("TaxonomyField", pathwayFields["IndustryCluster"]);
        Assert.Equal("ContentPickerField", pathwayFields["Resources"]);
        Assert.Equal("ContentPickerField", pathwayFields["PartnerOrganizations"]);
        Assert.Equal("NumericField", snapshot.FindPart("Occupation")!.FindField("MedianWage")!.FieldName);
    }

    [Fact]
    public async Task TheSetupRecipe_SeedsTheSixIndustryClusters_AndASampleThatIsMarkedAsOne()
    {
        await site.SetUpAsync();

        var (clusters, pathways, occupations, threshold) = await site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            return (
                (await content.GetAsync(Clusters))!,
                await content.GetManyAsync([Bioscience, Cyber, Manufacturing]),
                await content.GetManyAsync([Technician, LabAssistant, Assembler]),
                await sp.GetRequiredService<LivingWage>().GetThresholdAsync(CancellationToken.None));
        });

        var terms = clusters.Content["TaxonomyPart"]!["Terms"]!.AsArray().Select(t => t!["DisplayText"]!.GetValue<string>());
        Assert.Equal(
            ["Bioscience", "Advanced manufacturing", "Health care", "Information technology and cybersecurity", "Geospatial", "Financial technology"],
            terms);
        Assert.Equal(3, pathways.Count);
        Assert.All(pathways, p =>
        {
            Assert.True(p.Published);
            Assert.StartsWith("Sample: ", p.DisplayText, StringComparison.Ordinal);
            Assert.Contains("Sample pathway", p.Content["Pathway"]!["Summary"]!["Markdown"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.NotEmpty(PathwayStage.Of(p));
        });
        Assert.Equal(3, occupations.Count);
        Assert.All(occupations, o => Assert.True(o.Content["Occupation"]!["WageIsSample"]!["Value"]!.GetValue<bool>()));
        Assert.NotNull(threshold);
    }

    [Fact]
    public async Task SeededStages_ComeInTheirOrder_AndPointAtTheSeededOccupationsAndOpportunities()
    {
        await site.SetUpAsync();

        var bioscience = await site.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().GetAsync(Bioscience))!);

        var stages = PathwayStage.Of(bioscience);
        Assert.Equal([StageKind.MiddleSchool, StageKind.HighSchool, StageKind.Postsecondary, StageKind.EarlyCareer], stages.Select(s => s.Kind));
        Assert.Equal([LabInternship], stages[1].Opportunities);
        Assert.Equal([Technician], stages[3].Occupations);
    }

    [Fact]
    public async Task TheThreshold_IsReadFromTheSettingsSection_AndAValueThatIsNotANonNegativeNumberReadsAsUnset()
    {
        await site.SetUpAsync();

        async Task<double?> ThresholdAfter(System.Text.Json.Nodes.JsonNode? value) => await site.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ISiteSettings>().SetSectionAsync(LivingWage.Section, new() { [LivingWage.ThresholdProperty] = value });
            return await sp.GetRequiredService<LivingWage>().GetThresholdAsync(CancellationToken.None);
        });

        Assert.Equal(51000, await ThresholdAfter(51000));
        Assert.Null(await ThresholdAfter(-5));
        Assert.Null(await ThresholdAfter("lots"));
    }
}
