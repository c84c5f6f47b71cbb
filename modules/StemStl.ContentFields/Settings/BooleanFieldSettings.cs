namespace StemStl.ContentFields.Settings;

internal sealed record BooleanFieldSettings
{
    public string? Hint { get; init; }

    /// <summary>The value must be given, true or false.</summary>
    public bool Required { get; init; }

    /// <summary>Label next to the check box in editors.</summary>
    public string? Label { get; init; }
}
