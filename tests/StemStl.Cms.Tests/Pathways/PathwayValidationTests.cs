using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Tests.Recipes;
using static StemStl.Cms.Tests.Pathways.PathwaySite;

namespace StemStl.Cms.Tests.Pathways;

/// <summary>The rules a pathway and an occupation are saved under, each broken one keyed by its field path.</summary>
public sealed class PathwayValidationTests(RecipeSite site) : IClassFixture<RecipeSite>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await site.SetUpAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void AssertError(ContentOperationResult result, string path, string code)
    {
        Assert.Equal(ContentFailure.Invalid, result.Failure);
        Assert.Contains(result.Errors, e => e.Path == path && e.Code == code);
    }

    [Fact]
    public async Task APathway_WithOrderedStagesAndItsOwnOccupations_IsSaved_WithTheStageNameStoredInOneSpelling()
    {
        var result = await site.CreateAsync("Pathway", Pathway(
            [Stage("high school", 2, LabAssistant), Stage("EarlyCareer", 5, Technician)],
            LabAssistant, Technician));

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal("HighSchool", result.Item!.Content["PathwayStagesPart"]!["Stages"]![0]!["Stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task TwoStagesWithTheSameOrder_AreRefused_AtTheSecondStagesOrder()
    {
        var result = await site.CreateAsync("Pathway", Pathway([Stage("MiddleSchool", 1), Stage("HighSchool", 1)]));

        AssertError(result, "PathwayStagesPart.Stages[1].Order", "unique");
        Assert.DoesNotContain(result.Errors, e => e.Path == "PathwayStagesPart.Stages[0].Order");
    }

    [Fact]
    public async Task AStageTwice_AnUnknownStage_AndAFractionalOrMissingOrder_AreEachRefusedAtTheirPlace()
    {
        var result = await site.CreateAsync("Pathway", Pathway(
            [Stage("HighSchool", 1), Stage("HighSchool", 2), Stage("College", 3), Stage("Postsecondary", 2.5), Stage("EarlyCareer", null)]));

        AssertError(result, "PathwayStagesPart.Stages[1].Stage", "unique");
        AssertError(result, "PathwayStagesPart.Stages[2].Stage", "invalid");
        AssertError(result, "PathwayStagesPart.Stages[3].Order", "range");
        AssertError(result, "PathwayStagesPart.Stages[4].Order", "required");
    }

    [Fact]
    public async Task AStagesOccupation_MustBeAnOccupationThePathwayItselfLists()
    {
        var result = await site.CreateAsync("Pathway", Pathway(
            [Stage("HighSchool", 1, Technician), Stage("Postsecondary", 2, LabInternship), Stage("EarlyCareer", 3, "no-such-item")],
            LabAssistant));

        AssertError(result, "PathwayStagesPart.Stages[0].Occupations[0]", "reference");
        AssertError(result, "PathwayStagesPart.Stages[1].Occupations[0]", "contentType");
        AssertError(result, "PathwayStagesPart.Stages[2].Occupations[0]", "reference");
    }

    [Fact]
    public async Task ABlankCourse_AndStagesThatAreNotAnArray_AreRefused()
    {
        var stage = Stage("HighSchool", 1);
        stage["Courses"] = new JsonArray("Biology", "  ");
        var blank = await site.CreateAsync("Pathway", Pathway([stage]));
        var notArray = Pathway([]);
        notArray["PathwayStagesPart"] = new JsonObject { ["Stages"] = "middle school, then high school" };
        var wrongShape = await site.CreateAsync("Pathway", notArray);

        AssertError(blank, "PathwayStagesPart.Stages[0].Courses[1]", "type");
        AssertError(wrongShape, "PathwayStagesPart.Stages", "type");
    }

    [Fact]
    public async Task ANegativeMedianWage_IsRefusedAtTheOccupationsWageField()
    {
        var result = await site.CreateAsync("Occupation", new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = "Wage test" },
            ["Occupation"] = new JsonObject { ["MedianWage"] = new JsonObject { ["Value"] = -1 } },
        });

        AssertError(result, "Occupation.MedianWage", "range");
    }

    [Fact]
    public async Task APathway_WithoutAnIndustryCluster_IsRefusedAtTheClusterField()
    {
        var pathway = Pathway([]);
        pathway["Pathway"]!.AsObject().Remove("IndustryCluster");

        var result = await site.CreateAsync("Pathway", pathway);

        AssertError(result, "Pathway.IndustryCluster", "required");
    }
}
