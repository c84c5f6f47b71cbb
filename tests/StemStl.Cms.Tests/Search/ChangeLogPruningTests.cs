using StemStl.Search.Lucene.Indexing;

namespace StemStl.Cms.Tests.Search;

/// <summary>How far one node may prune: to the slowest cursor of its indexes, and not at all while one is not open.</summary>
public sealed class ChangeLogPruningTests
{
    [Fact]
    public void Through_IsTheSlowestCursor_OfTheDefinedIndexes()
    {
        var cursors = new Dictionary<string, long?> { ["Search"] = 40, ["Drafts"] = 12, ["Old"] = 3 };

        var through = ChangeLogPruning.Through(["Search", "Drafts"], name => cursors[name]);

        Assert.Equal(12, through);
    }

    [Fact]
    public void Through_IsNothing_WhileAnIndexIsNotOpenOnThisNode()
    {
        var cursors = new Dictionary<string, long?> { ["Search"] = 40, ["Drafts"] = null };

        var through = ChangeLogPruning.Through(["Search", "Drafts"], name => cursors[name]);

        Assert.Null(through);
    }

    [Fact]
    public void Through_IsUnbounded_WithNoIndexDefined_SoOnlyTheRetentionLimits()
    {
        Assert.Equal(long.MaxValue, ChangeLogPruning.Through([], _ => null));
    }
}
