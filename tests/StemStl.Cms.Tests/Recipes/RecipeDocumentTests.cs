using System.Text.Json.Nodes;
using StemStl.Cms.Recipes;

namespace StemStl.Cms.Tests.Recipes;

public sealed class RecipeDocumentTests
{
    [Fact]
    public void Parse_WhenHeaderIsComplete_ReadsItAndTheSteps()
    {
        var errors = new List<RecipeError>();

        var document = RecipeDocument.Parse(JsonNode.Parse("""
            {"name":"demo","displayName":"Demo","description":"d","author":"a","website":"w","version":"1.0",
             "issetuprecipe":true,"categories":["x"],"tags":["y"],"variables":{"siteName":"Hub"},"steps":[{"name":"feature"}]}
            """), errors);

        Assert.Empty(errors);
        Assert.NotNull(document);
        Assert.Equal("demo", document.Name);
        Assert.Equal("Demo", document.DisplayName);
        Assert.True(document.IsSetupRecipe);
        Assert.Equal("Hub", document.Variables["siteName"]);
        Assert.Single(document.Steps);
    }

    [Fact]
    public void Parse_WhenNameAndStepsAreMissing_ReportsBoth()
    {
        var errors = new List<RecipeError>();

        var document = RecipeDocument.Parse(JsonNode.Parse("""{"displayName":"x"}"""), errors);

        Assert.Null(document);
        Assert.Equal(["name", "steps"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Null(e.StepIndex));
    }

    [Fact]
    public void Parse_WhenHeaderHasTypoOrWrongTypes_ReportsEachWithPath()
    {
        var errors = new List<RecipeError>();

        RecipeDocument.Parse(JsonNode.Parse("""{"name":"x","descripton":"d","issetuprecipe":"yes","variables":{"n":1},"steps":[]}"""), errors);

        Assert.Contains(errors, e => e.Path == "descripton" && e.Message.Contains("did you mean 'description'?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "issetuprecipe");
        Assert.Contains(errors, e => e.Path == "variables.n");
        Assert.Equal("recipe 'x': descripton: unknown property 'descripton'; did you mean 'description'?", errors[0].ToString());
    }
}
