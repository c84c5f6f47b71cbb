namespace StemStl.ContentFields.Settings;

internal sealed record MultiTextFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>More than one value may be chosen.</summary>
    public bool Multiple { get; init; } = true;

    /// <summary>The only values allowed; empty means any text.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
