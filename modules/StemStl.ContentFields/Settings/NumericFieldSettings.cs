using StemStl.Cms.Definitions;

namespace StemStl.ContentFields.Settings;

internal sealed record NumericFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    /// <summary>Most decimal places a value may have; 0 means whole numbers; null means any.</summary>
    public int? Scale
    {
        get;
        init => field = SettingsRule.Check(value, value is null or (>= 0 and <= 10), "Scale must be between 0 and 10 decimal places.");
    }
}
