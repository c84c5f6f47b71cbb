using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

[Collection(nameof(SearchHost))]
public sealed class SearchQueryTests(SearchHost host)
{
    private readonly HttpClient _anonymous = host.Factory.CreateClient();

    [Theory]
    [InlineData("robot", new[] { "Painting Robots & <Rockets>", "Robot kits for makers", "Robots in the classroom" })]
    [InlineData("robots", new[] { "Painting Robots & <Rockets>", "Robot kits for makers", "Robots in the classroom" })]
    [InlineData("teaching", new[] { "Fractions with pizza", "Robots in the classroom" })]
    [InlineData("teach", new[] { "Fractions with pizza", "Robots in the classroom" })]
    public async Task Search_WithEnglishAnalyzer_FindsOtherFormsOfTheWord(string q, string[] expected)
    {
        var result = await SearchAsync(_anonymous, $"index=Search&q={q}");

        Assert.Equal(expected, Titles(result).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, Total(result));
    }

    [Theory]
    [InlineData("\"robot kits\"", "Robot kits for makers")]
    [InlineData("fract*", "Fractions with pizza")]
    [InlineData("pizzza~", "Fractions with pizza")]
    [InlineData("robot AND -art AND -classroom", "Robot kits for makers")]
    [InlineData("TitlePart.Title:painting", "Painting Robots & <Rockets>")]
    public async Task Search_WithPowerUserSyntax_FindsExactlyTheMatchingResource(string q, string expected)
    {
        var result = await SearchAsync(_anonymous, $"index=Search&q={Uri.EscapeDataString(q)}");

        Assert.Equal([expected], Titles(result));
        Assert.Equal(1, Total(result));
    }

    [Fact]
    public async Task Search_MarksMatchedWordsInSnippets_AndEscapesTheRest()
    {
        var result = await SearchAsync(_anonymous, "index=Search&q=robots&filter=Lesson.Workgroup:" + WorkgroupB);
        var painting = result["items"]!.AsArray().Single(i => i!["contentItem"]!["DisplayText"]!.GetValue<string>().StartsWith("Painting", StringComparison.Ordinal))!;
        var title = painting["highlights"]!.AsArray().Single(h => h!["field"]!.GetValue<string>() == "TitlePart.Title")!;

        Assert.Equal("Painting <em>Robots</em> &amp; &lt;Rockets&gt;", title["snippets"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_HighlightsStemmedForms_AsTheAuthorWroteThem()
    {
        var result = await SearchAsync(_anonymous, "index=Search&q=teach&filter=Lesson.Workgroup:" + WorkgroupA + "&sort=Lesson.Minutes");
        var snippets = result["items"]!.AsArray()
            .SelectMany(i => i!["highlights"]!.AsArray().Where(h => h!["field"]!.GetValue<string>() == "MarkdownBodyPart.Markdown"))
            .Select(h => h!["snippets"]![0]!.GetValue<string>())
            .ToList();

        Assert.Equal(["We <em>teach</em> fractions.", "<em>Teaching</em> kids to build robots with simple kits."], snippets);
    }

    [Fact]
    public async Task Search_SortedByANumberField_PagesInThatOrder_WithTheTotalOfAllMatches()
    {
        var result = await SearchAsync(_anonymous, "index=Search&filter=type:Lesson&sort=-Lesson.Minutes&first=2&skip=1");

        Assert.Equal(["Painting Robots & <Rockets>", "Robots in the classroom"], Titles(result));
        Assert.Equal(4, Total(result));
    }

    [Fact]
    public async Task Search_WithoutText_ListsEverythingTheCallerMaySee()
    {
        var result = await SearchAsync(_anonymous, "index=Search&sort=displayText");

        Assert.Equal(["Fractions with pizza", "Painting Robots & <Rockets>", "Robot kits for makers", "Robots in the classroom"], Titles(result));
    }
}
