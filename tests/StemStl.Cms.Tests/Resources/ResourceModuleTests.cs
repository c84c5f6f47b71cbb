using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.Cms.Tests.Recipes;

namespace StemStl.Cms.Tests.Resources;

/// <summary>The resources module on the engine: its recipe as the setup recipe runs it, and the Resource type's rules.</summary>
public sealed class ResourceModuleTests(RecipeSite site) : IClassFixture<RecipeSite>
{
    private static void AssertSucceeded(RecipeResult result) =>
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));

    private async Task SetUpAsync() => AssertSucceeded(await site.ExecuteAsync(RecipeSite.Load("stemstl.recipe.json")));

    private Task<ContentOperationResult> CreateAsync(Action<JsonObject> change, string? title = null) => site.InScopeAsync(async sp =>
    {
        var content = sp.GetRequiredService<IContentManager>();
        var item = (await content.NewAsync("Resource"))!;
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title ?? $"Robot arm lesson {Guid.NewGuid():N}" };
        var part = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Build a cardboard robot arm." },
            ["Link"] = new JsonObject { ["Url"] = "https://example.org/robot-arm" },
            ["ResourceType"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("type-lesson-plan") },
            ["Subjects"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("subject-engineering") },
            ["GradeBands"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("gradeband-6-8") },
        };
        change(part);
        item.Content["Resource"] = part;
        return await content.CreateAsync(item);
    });

    [Fact]
    public async Task TheSetupRecipe_DefinesTheResourceType_WithEveryFieldOfTheIssue_ForTheApi()
    {
        await SetUpAsync();

        var (enabled, snapshot) = await site.InScopeAsync(async sp => (
            sp.GetRequiredService<IFeatureManager>().IsEnabled("StemStl.Resources"),
            await sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync()));

        Assert.True(enabled);
        var type = snapshot.FindType("Resource")!;
        Assert.True(type.Settings.ApiVisible);
        Assert.Equal(["TitlePart", "AutoroutePart", "MarkdownBodyPart", "Resource", "ResourcePart"], type.Parts.Select(p => p.Name));
        Assert.Equal(
            [("Summary", "TextField"), ("Link", "LinkField"), ("ResourceType", "TaxonomyField"), ("Subjects", "TaxonomyField"), ("GradeBands", "TaxonomyField"),
             ("LearningSettings", "TaxonomyField"), ("Cost", "NumericField"), ("Provider", "ContentPickerField"), ("Workgroup", "ContentPickerField"),
             ("Attachments", "MediaField"), ("StandardsAlignment", "MultiTextField"), ("PublishedDate", "DateField")],
            snapshot.FindPart("Resource")!.Fields.Select(f => (f.Name, f.FieldName)));
    }

    [Fact]
    public async Task TheSetupRecipe_CreatesTheFourTaxonomies_WithTheIssuesTerms()
    {
        await SetUpAsync();

        var taxonomies = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetManyAsync(
            ["taxonomy-resource-types", "taxonomy-subjects", "taxonomy-grade-bands", "taxonomy-learning-settings"]));

        IReadOnlyList<string> Terms(string id) =>
            [.. taxonomies.Single(t => t.ContentItemId == id).Content["TaxonomyPart"]!["Terms"]!.AsArray().Select(t => t!["DisplayText"]!.GetValue<string>())];
        Assert.Equal(["PreK", "K-2", "3-5", "6-8", "9-12", "Postsecondary", "Adult"], Terms("taxonomy-grade-bands"));
        Assert.Equal(["In school", "Out-of-school time", "Work-based"], Terms("taxonomy-learning-settings"));
        Assert.Subset(new HashSet<string>(Terms("taxonomy-subjects")), new HashSet<string> { "Science", "Technology", "Engineering", "Mathematics", "Computer science" });
        Assert.Subset(new HashSet<string>(Terms("taxonomy-resource-types")), new HashSet<string> { "Lesson plan", "Activity", "Toolkit", "Video", "Report" });
    }

    [Fact]
    public async Task TheSampleResources_ArePublished_AndSayTheyAreSamples()
    {
        await SetUpAsync();

        var samples = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetManyAsync(
            [.. Enumerable.Range(1, 4).Select(i => $"resource-sample-{i:D10}")]));

        Assert.Equal(4, samples.Count);
        Assert.All(samples, s =>
        {
            Assert.StartsWith("Sample: ", s.DisplayText, StringComparison.Ordinal);
            Assert.StartsWith("Sample content: ", s.Content["Resource"]!["Summary"]!["Text"]!.GetValue<string>(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AResource_WithAValidLinkAndTerms_IsSaved_UnderTheResourcesPath()
    {
        await SetUpAsync();

        var result = await CreateAsync(_ => { }, "Cardboard robot arm");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("resources/cardboard-robot-arm", result.Item!.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/lessons/robot-arm")]
    [InlineData("mailto:teacher@example.org")]
    [InlineData("ftp://example.org/robot-arm")]
    public async Task AResource_WhoseLinkIsNotAnAbsoluteHttpUrl_IsRefused_AtResourceLink(string url)
    {
        await SetUpAsync();

        var result = await CreateAsync(part => part["Link"] = new JsonObject { ["Url"] = url });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == "Resource.Link");
    }

    [Fact]
    public async Task AResource_WithNeitherLinkNorAttachment_IsRefused_AtResourceLink()
    {
        await SetUpAsync();

        var withoutLink = await CreateAsync(part => part.Remove("Link"));
        var withAttachment = await CreateAsync(part =>
        {
            part.Remove("Link");
            part["Attachments"] = new JsonObject { ["Paths"] = new JsonArray("handouts/robot-arm.pdf") };
        });

        Assert.Equal("required", Assert.Single(withoutLink.Errors, e => e.Path == "Resource.Link").Code);
        Assert.True(withAttachment.Succeeded, string.Join("; ", withAttachment.Errors));
    }

    [Fact]
    public async Task AResource_WithAGradeBandOutsideTheTaxonomy_OrNone_IsRefused_AtResourceGradeBands()
    {
        await SetUpAsync();

        var unknown = await CreateAsync(part => part["GradeBands"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("subject-science") });
        var none = await CreateAsync(part => part["GradeBands"] = new JsonObject { ["TermContentItemIds"] = new JsonArray() });

        Assert.Contains(unknown.Errors, e => e.Path == "Resource.GradeBands" && e.Code == "reference");
        Assert.Contains(none.Errors, e => e.Path == "Resource.GradeBands" && e.Code == "required");
    }
}
