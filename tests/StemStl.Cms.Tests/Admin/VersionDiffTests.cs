using System.Text.Json.Nodes;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Admin;

public sealed class VersionDiffTests
{
    private static ContentItem Version(string title, string body, params string[] tags)
    {
        var item = new ContentItem { ContentType = "Page" };
        item.Part("TitlePart")["Title"] = title;
        item.Part("MarkdownBodyPart")["Markdown"] = body;
        if (tags.Length > 0)
        {
            item.Part("Page")["Tags"] = new JsonObject { ["Values"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]) };
        }

        return item;
    }

    [Fact]
    public void Compare_ListsOnlyTheValuesThatDiffer_WithAddedAndRemovedMarked()
    {
        var diff = VersionDiff.Compare(Version("Robots", "Same body"), Version("Robots!", "Same body", "stem"));

        Assert.Collection(diff,
            e => Assert.Equal(("Page.Tags.Values", DiffKind.Added), (e.Path, e.Kind)),
            e => Assert.Equal(("TitlePart.Title", DiffKind.Changed, "Robots", "Robots!"), (e.Path, e.Kind, e.Before, e.After)));
    }

    [Fact]
    public void Compare_MultiLineText_ShowsTheChangedLineAmongTheKeptOnes()
    {
        var diff = VersionDiff.Compare(Version("T", "one\ntwo\nthree"), Version("T", "one\n2\nthree\nfour"));

        var lines = Assert.Single(diff).Lines.Select(l => $"{l.Mark}{l.Text}");
        Assert.Equal([" one", "-two", "+2", " three", "+four"], lines);
    }

    [Fact]
    public void Compare_IdenticalVersions_HasNoDifferences()
    {
        Assert.Empty(VersionDiff.Compare(Version("T", "body", "a"), Version("T", "body", "a")));
    }
}
