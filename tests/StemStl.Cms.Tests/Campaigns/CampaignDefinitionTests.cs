using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;
using StemStl.Cms.Tests.Recipes;

namespace StemStl.Cms.Tests.Campaigns;

/// <summary>The campaigns recipe: the feature, the Campaign type with its fields, and STEM Celebration Week as a draft.</summary>
public sealed class CampaignDefinitionTests(CampaignSite site) : IClassFixture<CampaignSite>
{
    [Fact]
    public async Task TheRecipe_EnablesTheFeature_AndDefinesAnApiVisibleCampaignWithEveryField()
    {
        var (enabled, snapshot) = await site.InScopeAsync(async sp => (
            sp.GetRequiredService<IFeatureManager>().IsEnabled("StemStl.Campaigns"),
            await sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync()));

        Assert.True(enabled);
        var type = snapshot.FindType("Campaign");
        Assert.NotNull(type);
        Assert.True(type.Settings.ApiVisible);
        Assert.True(type.Settings.Draftable);
        Assert.Equal(
            ["TitlePart", "AutoroutePart", "Campaign", "MarkdownBodyPart", "PublishLaterPart", "UnpublishLaterPart"],
            type.Parts.Select(p => p.Name));
        var fields = snapshot.FindPart("Campaign")!.Fields.ToDictionary(f => f.Name, f => f.FieldName);
        Assert.Equal("TextField", fields["Goal"]);
        Assert.Equal("TextField", fields["Audience"]);
        Assert.Equal("MultiTextField", fields["Channels"]);
        Assert.Equal("TextField", fields["HeroText"]);
        Assert.Equal("LinkField", fields["CallToAction"]);
        Assert.Equal("DateTimeField", fields["Start"]);
        Assert.Equal("DateTimeField", fields["End"]);
        Assert.Equal("BooleanField", fields["ScheduleWithDates"]);
        Assert.Equal("ContentPickerField", fields["Resources"]);
        Assert.Equal("ContentPickerField", fields["Events"]);
        Assert.Equal("TextField", fields["Status"]);
    }

    [Fact]
    public async Task StemCelebrationWeek_IsSeededAsADraftCampaign_WithItsDatesAndChannels()
    {
        var (latest, published) = await site.WithContentAsync(async content => (
            await content.GetAsync(CampaignSite.CelebrationWeek, VersionOptions.Latest),
            await content.GetAsync(CampaignSite.CelebrationWeek, VersionOptions.Published)));

        Assert.NotNull(latest);
        Assert.Null(published);
        Assert.Equal("STEM Celebration Week", latest.DisplayText);
        Assert.Equal("campaigns/stem-celebration-week", latest.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.Equal(["web", "email", "social", "print"], latest.Content["Campaign"]!["Channels"]!["Values"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("Planning", latest.Content["Campaign"]!["Status"]!["Text"]!.GetValue<string>());
        Assert.True(
            DateTimeOffset.Parse(latest.Content["Campaign"]!["End"]!["Value"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            > DateTimeOffset.Parse(latest.Content["Campaign"]!["Start"]!["Value"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TheSetupRecipe_RunsTheCampaignsRecipe()
    {
        var recipe = RecipeSite.Load("stemstl.recipe.json");

        var enables = recipe["steps"]!.AsArray().Where(s => s!["name"]!.GetValue<string>() == "feature").SelectMany(s => s!["enable"]!.AsArray()).Select(v => v!.GetValue<string>());
        var runs = recipe["steps"]!.AsArray().Where(s => s!["name"]!.GetValue<string>() == "recipes").SelectMany(s => s!["Values"]!.AsArray()).Select(v => v!["name"]!.GetValue<string>());

        Assert.Contains("StemStl.Campaigns", enables);
        Assert.Contains("campaigns", runs);
    }
}
