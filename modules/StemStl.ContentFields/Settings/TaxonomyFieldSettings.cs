namespace StemStl.ContentFields.Settings;

internal sealed record TaxonomyFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>The taxonomy whose terms the field holds; a field without one accepts no terms.</summary>
    public string? TaxonomyContentItemId { get; init; }

    /// <summary>At most one term.</summary>
    public bool Unique { get; init; }

    /// <summary>Only terms without child terms.</summary>
    public bool LeavesOnly { get; init; }
}
