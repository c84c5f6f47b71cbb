namespace StemStl.ContentFields.Settings;

internal sealed record GeoPointFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }
}
