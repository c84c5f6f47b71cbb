using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Recipes;
using StemStl.Cms.Tests.Recipes;

namespace StemStl.Cms.Tests.Pathways;

/// <summary>The seeded sample the pathway tests lean on, and pathways built in code.</summary>
internal static class PathwaySite
{
    public const string Bioscience = "pathway-bioscience";
    public const string Cyber = "pathway-cyber";
    public const string Manufacturing = "pathway-manufacturing";
    public const string Technician = "occ-biological-technician";
    public const string LabAssistant = "occ-lab-assistant";
    public const string Assembler = "occ-assembler";
    public const string LabInternship = "opp-lab-internship";
    public const string Clusters = "stemstl-industry-clusters";

    public static async Task SetUpAsync(this RecipeSite site)
    {
        var result = await site.ExecuteAsync(RecipeSite.Load("stemstl.recipe.json"));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
    }

    /// <summary>A pathway in the bioscience cluster with the given stages and occupations.</summary>
    public static JsonObject Pathway(JsonArray stages, params string[] occupations) => new()
    {
        ["TitlePart"] = new JsonObject { ["Title"] = "Test pathway " + Guid.NewGuid().ToString("N")[..6] },
        ["Pathway"] = new JsonObject
        {
            ["IndustryCluster"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("cluster-bioscience") },
            ["Summary"] = new JsonObject { ["Markdown"] = "A pathway for tests." },
            ["Occupations"] = new JsonObject { ["ContentItemIds"] = new JsonArray([.. occupations.Select(o => (JsonNode)o)]) },
        },
        ["PathwayStagesPart"] = new JsonObject { ["Stages"] = stages },
    };

    public static JsonObject Stage(string stage, JsonNode? order, params string[] occupations) => new()
    {
        ["Stage"] = stage,
        ["Order"] = order,
        ["Courses"] = new JsonArray("Biology"),
        ["Occupations"] = new JsonArray([.. occupations.Select(o => (JsonNode)o)]),
    };

    /// <summary>Creates an item of <paramref name="type"/> from <paramref name="parts"/>; returns the outcome.</summary>
    public static Task<ContentOperationResult> CreateAsync(this RecipeSite site, string type, JsonObject parts, bool draft = false) =>
        site.InScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.NewAsync(type))!;
            foreach (var (name, value) in parts)
            {
                item.Content[name] = value?.DeepClone();
            }

            item.DisplayText = (parts["TitlePart"]?["Title"]?.GetValue<string>()) ?? "";
            return await content.CreateAsync(item, draft);
        });

    public static string Describe(ContentOperationResult result) => string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message} ({e.Code})"));

    public static void AssertSucceeded(RecipeResult result) => Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
}
