namespace StemStl.ContentFields.Settings;

internal sealed record DateFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>Earliest date allowed, <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Minimum { get; init; }

    /// <summary>Latest date allowed, <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? Maximum { get; init; }
}
