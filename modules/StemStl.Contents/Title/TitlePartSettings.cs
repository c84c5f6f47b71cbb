using StemStl.Cms.Definitions;

namespace StemStl.Contents.Title;

internal sealed record TitlePartSettings
{
    /// <summary>Items of the type must have a title. Off by default, as in Orchard, where a title is optional.</summary>
    public bool Required { get; init; }

    public int MaxLength
    {
        get;
        init => field = SettingsRule.Check(value, value is > 0 and <= 1024, "MaxLength must be between 1 and 1024 characters.");
    } = 256;
}
