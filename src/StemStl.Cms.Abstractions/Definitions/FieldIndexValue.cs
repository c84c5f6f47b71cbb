namespace StemStl.Cms.Definitions;

/// <summary>Which typed column of the field index a value goes to.</summary>
public enum FieldIndexKind
{
    Text,
    Numeric,
    Date,
    Boolean,
    Reference,
}

/// <summary>
/// One row of the typed field index, so the value can be filtered and sorted in SQL.
/// <see cref="Path"/> is <c>Part.Field</c>, with a sub-name where a field indexes more than one value (<c>Part.Field.Latitude</c>).
/// </summary>
public sealed record FieldIndexValue(string Path, FieldIndexKind Kind, string? Text = null, double? Number = null, DateTime? Date = null, bool? Boolean = null)
{
    /// <summary>Longest text kept in the index; longer values are cut for sorting and prefix filters.</summary>
    public const int MaxTextLength = 512;

    public static FieldIndexValue ForText(string path, string value) =>
        new(path, FieldIndexKind.Text, Text: value.Length > MaxTextLength ? value[..MaxTextLength] : value);

    public static FieldIndexValue ForNumber(string path, double value) => new(path, FieldIndexKind.Numeric, Number: value);

    public static FieldIndexValue ForDate(string path, DateTime value) =>
        new(path, FieldIndexKind.Date, Date: DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Utc));

    public static FieldIndexValue ForBoolean(string path, bool value) => new(path, FieldIndexKind.Boolean, Boolean: value);

    /// <summary>A reference to another content item (pickers, taxonomy terms, containers).</summary>
    public static FieldIndexValue ForReference(string path, string contentItemId) => new(path, FieldIndexKind.Reference, Text: contentItemId);
}

/// <summary>A value that no other item may hold in the same scope (e.g. an Autoroute path). The store enforces it with a unique key.</summary>
public sealed record UniqueValue(string Scope, string Value, string Path);
