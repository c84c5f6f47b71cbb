using System.Text.Json.Nodes;
using StemStl.Cms.Recipes;

namespace StemStl.Cms.Tests.Recipes;

public sealed class RecipeVariablesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 5, 6, 7, 89, TimeSpan.Zero);

    private static (JsonNode? Result, List<(string Path, string Message)> Errors) Substitute(string json, Dictionary<string, string> values)
    {
        var errors = new List<(string, string)>();
        var result = RecipeVariables.Substitute(JsonNode.Parse(json), values, "", (p, m) => errors.Add((p, m)));
        return (result, errors);
    }

    [Fact]
    public void Substitute_WhenPlaceholderIsWholeOrEmbedded_ReplacesBothAtAnyDepth()
    {
        var (result, errors) = Substitute(
            """{"Site":{"SiteName":"{{ siteName }}","Footer":["© {{year}} {{ siteName }}"]},"Count":3}""",
            new() { ["siteName"] = "Hub", ["year"] = "2026" });

        Assert.Empty(errors);
        Assert.Equal("""{"Site":{"SiteName":"Hub","Footer":["© 2026 Hub"]},"Count":3}""", result!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Substitute_WhenVariableIsUnknown_ReportsItsJsonPathWithSuggestion()
    {
        var (_, errors) = Substitute("""{"data":[{"TitlePart":{"Title":"{{ siteNme }}"}}]}""", new() { ["siteName"] = "Hub" });

        var error = Assert.Single(errors);
        Assert.Equal("data[0].TitlePart.Title", error.Path);
        Assert.StartsWith("unknown variable 'siteNme'; did you mean 'siteName'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Substitute_WhenPlaceholderIsEscapedOrAnExpression_LeavesItForTheConsumer()
    {
        var (result, errors) = Substitute(
            """{"a":"pages/\\{{ DisplayText }}","b":"{{ ContentItem.DisplayText | slugify }}"}""",
            []);

        Assert.Empty(errors);
        Assert.Equal("pages/{{ DisplayText }}", result!["a"]!.GetValue<string>());
        Assert.Equal("{{ ContentItem.DisplayText | slugify }}", result["b"]!.GetValue<string>());
    }

    [Fact]
    public void Merge_WhenCallerOverridesHeader_CallerWinsAndNowIsIsoUtc()
    {
        var values = RecipeVariables.Merge(Start, new Dictionary<string, string> { ["siteName"] = "Header", ["x"] = "1" }, new Dictionary<string, string> { ["siteName"] = "Caller" });

        Assert.Equal("Caller", values["siteName"]);
        Assert.Equal("1", values["x"]);
        Assert.Equal("2026-03-04T05:06:07.089Z", values["now"]);
    }

    [Fact]
    public void Substitute_LeavesTheInputUntouched()
    {
        var input = JsonNode.Parse("""{"a":"{{ x }}"}""")!;

        RecipeVariables.Substitute(input, new Dictionary<string, string> { ["x"] = "y" }, "", (_, _) => { });

        Assert.Equal("{{ x }}", input["a"]!.GetValue<string>());
    }
}
