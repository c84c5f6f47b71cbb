namespace StemStl.ContentFields.Settings;

internal sealed record MediaFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    public bool Multiple { get; init; } = true;

    /// <summary>File extensions allowed (<c>.jpg</c> or <c>jpg</c>); empty means any.</summary>
    public IReadOnlyList<string> AllowedExtensions { get; init; } = [];
}
