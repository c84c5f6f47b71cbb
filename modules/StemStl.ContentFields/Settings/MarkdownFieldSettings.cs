namespace StemStl.ContentFields.Settings;

internal sealed record MarkdownFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }
}
