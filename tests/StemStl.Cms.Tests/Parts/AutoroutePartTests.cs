using StemStl.Cms.Definitions;
using StemStl.Contents.Autoroute;

namespace StemStl.Cms.Tests.Parts;

public sealed class AutoroutePartTests
{
    [Fact]
    public async Task Normalize_WhenPathIsEmpty_GeneratesASlugOfTheTitle()
    {
        var part = new PartHarness(new AutoroutePart(), """{"TitlePart": {"Title": "Crème Brûlée & STEM: Week 2026!"}, "AutoroutePart": {"Path": ""}}""");

        await part.NormalizeAsync();

        Assert.Equal("creme-brulee-stem-week-2026", part.Property("Path"));
    }

    [Fact]
    public async Task Normalize_WithoutATitle_UsesTheDisplayText()
    {
        var part = new PartHarness(new AutoroutePart());
        part.Item.DisplayText = "Educator Resources";

        await part.NormalizeAsync();

        Assert.Equal("educator-resources", part.Property("Path"));
    }

    [Fact]
    public async Task Normalize_ExpandsThePatternTokens()
    {
        var part = new PartHarness(
            new AutoroutePart(),
            """{"TitlePart": {"Title": "Robotics Kits"}}""",
            """{"Pattern": "resources/{{ ContentType }}/{{DisplayText}}-{{ ContentItemId }}"}""");

        await part.NormalizeAsync();

        Assert.Equal("resources/article/robotics-kits-item-1", part.Property("Path"));
    }

    [Fact]
    public async Task Normalize_LowercasesACustomPathAndDropsOuterSlashes()
    {
        var part = new PartHarness(new AutoroutePart(), """{"AutoroutePart": {"Path": "/Resources/Robotics_Kits/"}}""");

        await part.NormalizeAsync();

        Assert.Equal("resources/robotics_kits", part.Property("Path"));
    }

    [Fact]
    public async Task Normalize_WhenCustomPathsAreNotAllowed_GeneratesThePath()
    {
        var part = new PartHarness(
            new AutoroutePart(),
            """{"TitlePart": {"Title": "Robotics"}, "AutoroutePart": {"Path": "my/own"}}""",
            """{"AllowCustomPath": false, "Pattern": "topics/{{ DisplayText }}"}""");

        await part.NormalizeAsync();

        Assert.Equal("topics/robotics", part.Property("Path"));
    }

    [Theory]
    [InlineData("resources/../admin", "'..'")]
    [InlineData("resources/./x", "'.'")]
    [InlineData("robotics kits", "spaces")]
    [InlineData("a//b", "'//'")]
    [InlineData("what?x=1", "letters a-z")]
    [InlineData("///", "only slashes")]
    public async Task Validate_WhenCustomPathIsMalformed_FailsWithFormatAtThePath(string path, string reason)
    {
        var part = new PartHarness(new AutoroutePart(), $$$"""{"AutoroutePart": {"Path": "{{{path}}}"}}""");

        await part.ValidateAsync();

        Assert.Contains(reason, part.SingleError("format", "AutoroutePart.Path").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenPathIsLongerThan1024_FailsWithFormat()
    {
        var part = new PartHarness(new AutoroutePart(), $$$"""{"AutoroutePart": {"Path": "{{{new string('a', 1025)}}}"}}""");

        await part.ValidateAsync();

        Assert.Contains("at most 1024", part.SingleError("format", "AutoroutePart.Path").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Normalize_CutsAGeneratedPathAt1024Characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("robotics", 200));
        var part = new PartHarness(new AutoroutePart(), $$$"""{"TitlePart": {"Title": "{{{title}}}"}}""");

        await part.NormalizeAsync();

        var path = part.Property("Path")!;
        Assert.True(path.Length <= 1024);
        Assert.False(path.EndsWith('-'));
    }

    [Fact]
    public async Task Validate_WhenPathIsAnObject_FailsWithTypeCode()
    {
        var part = new PartHarness(new AutoroutePart(), """{"AutoroutePart": {"Path": {}}}""");

        await part.ValidateAsync();

        part.SingleError("type", "AutoroutePart.Path");
    }

    [Fact]
    public void UniqueValuesAndIndex_CarryThePath()
    {
        var part = new PartHarness(new AutoroutePart(), """{"AutoroutePart": {"Path": "resources/robotics"}}""");

        Assert.Equal([new UniqueValue("autoroute", "resources/robotics", "AutoroutePart.Path")], part.Kind.UniqueValues(part.Context));
        Assert.Equal([FieldIndexValue.ForText("AutoroutePart.Path", "resources/robotics")], part.Index());
    }

    [Fact]
    public void UniqueValues_WhenThereIsNoPath_AreEmpty()
    {
        var part = new PartHarness(new AutoroutePart(), """{"AutoroutePart": {"Path": ""}}""");

        Assert.Empty(part.Kind.UniqueValues(part.Context));
        Assert.Empty(part.Index());
    }

    [Theory]
    [InlineData("""{"Pattern": "{{ Title }}"}""", "unknown token {{ Title }}")]
    [InlineData("""{"Pattern": "x/{{ DisplayText }"}""", "not part of a token")]
    [InlineData("""{"AllowCustomPaths": true}""", "did you mean 'AllowCustomPath'")]
    public void ParseSettings_RefusesBadSettings(string settings, string reason)
    {
        var error = Assert.Single(PartHarness.SettingsErrors(new AutoroutePart(), settings));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
