namespace StemStl.ContentFields.Settings;

internal sealed record HtmlFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }
}
