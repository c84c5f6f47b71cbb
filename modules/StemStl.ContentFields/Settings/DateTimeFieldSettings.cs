using StemStl.Cms.Definitions;

namespace StemStl.ContentFields.Settings;

internal sealed record DateTimeFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>Earliest instant allowed, ISO-8601; without an offset it is read as UTC, like values.</summary>
    public string? Minimum
    {
        get;
        init => field = SettingsRule.Check(value, value is null || IsoInstant.TryParse(value, out _, allowDate: true), $"Minimum '{value}' is not an ISO-8601 date and time like 2026-05-01T14:30:00Z.");
    }

    /// <summary>Latest instant allowed, ISO-8601; without an offset it is read as UTC, like values.</summary>
    public string? Maximum
    {
        get;
        init => field = SettingsRule.Check(value, value is null || IsoInstant.TryParse(value, out _, allowDate: true), $"Maximum '{value}' is not an ISO-8601 date and time like 2026-05-01T14:30:00Z.");
    }

    // Kept as text in the settings so they parse exactly as values do (the serializer would read a missing offset as local time).
    internal DateTimeOffset? MinimumInstant => Instant(Minimum);

    internal DateTimeOffset? MaximumInstant => Instant(Maximum);

    private static DateTimeOffset? Instant(string? text) => text is not null && IsoInstant.TryParse(text, out var instant, allowDate: true) ? instant : null;
}
