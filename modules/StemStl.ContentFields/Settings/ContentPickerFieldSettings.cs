namespace StemStl.ContentFields.Settings;

internal sealed record ContentPickerFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>More than one item may be picked.</summary>
    public bool Multiple { get; init; }

    /// <summary>Content types that may be picked; empty means any type.</summary>
    public IReadOnlyList<string> DisplayedContentTypes { get; init; } = [];
}
