using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests;

public sealed class NameSuggestionTests
{
    [Theory]
    [InlineData("TitelPart", "TitlePart")]
    [InlineData("markdownbodypart", "MarkdownBodyPart")]
    public void Closest_WhenTypoIsSmall_SuggestsKnownName(string typo, string expected)
    {
        var suggestion = NameSuggestion.Closest(typo, ["TitlePart", "MarkdownBodyPart", "AutoroutePart"]);

        Assert.Equal(expected, suggestion);
    }

    [Fact]
    public void Closest_WhenNothingIsClose_ReturnsNull() =>
        Assert.Null(NameSuggestion.Closest("Completely", ["TitlePart", "ListPart"]));
}
