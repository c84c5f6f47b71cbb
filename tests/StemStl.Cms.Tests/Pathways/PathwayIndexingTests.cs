using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Indexing;
using StemStl.Pathways.Indexing;

namespace StemStl.Cms.Tests.Pathways;

/// <summary>A pathway's stages in its search document.</summary>
public sealed class PathwayIndexingTests
{
    [Fact]
    public void StageNames_AreExactValues_AndCoursesExperiencesAndCredentials_AreWords()
    {
        var item = new ContentItem
        {
            ContentType = "Pathway",
            Content = new JsonObject
            {
                ["PathwayStagesPart"] = new JsonObject
                {
                    ["Stages"] = new JsonArray(
                        new JsonObject { ["Stage"] = "EarlyCareer", ["Order"] = 2, ["Credentials"] = new JsonArray("Bachelor's degree") },
                        new JsonObject { ["Stage"] = "HighSchool", ["Order"] = 1, ["Courses"] = new JsonArray("AP Biology"), ["Experiences"] = new JsonArray("Science fair") }),
                },
            },
        };
        var type = new ContentTypeDefinition("Pathway", "Pathway", new ContentTypeSettings(), [new ContentTypePartDefinition("PathwayStagesPart", "PathwayStagesPart")]);
        var document = new ContentIndexDocument();

        new PathwayStagesIndexContributor().Contribute(new ContentIndexContext(item, type, "PathwayStagesPart", null, document));

        Assert.Equal(
            [
                ("PathwayStagesPart.Stage", ContentIndexValueKind.Keyword, "HighSchool"),
                ("PathwayStagesPart.Courses", ContentIndexValueKind.Text, "AP Biology"),
                ("PathwayStagesPart.Experiences", ContentIndexValueKind.Text, "Science fair"),
                ("PathwayStagesPart.Stage", ContentIndexValueKind.Keyword, "EarlyCareer"),
                ("PathwayStagesPart.Credentials", ContentIndexValueKind.Text, "Bachelor's degree"),
            ],
            document.Entries.Select(e => (e.Name, e.Kind, e.Text!)));
    }
}
