using StemStl.Cms.Definitions;

namespace StemStl.Contents.Lists;

internal sealed record ListPartSettings
{
    /// <summary>Types whose items may be placed in lists of this type (through their ContainedPart).</summary>
    public IReadOnlyList<string> ContainedContentTypes { get; init; } = [];

    /// <summary>Items per page when a list is read.</summary>
    public int PageSize
    {
        get;
        init => field = SettingsRule.Check(value, value is >= 1 and <= 1000, "PageSize must be between 1 and 1000.");
    } = 10;
}
