using StemStl.Cms.Definitions;

namespace StemStl.Cms.Data;

/// <summary>
/// One typed value of one field of one version, kept only for versions that are latest or published, so any
/// field can be filtered and sorted in SQL. Latest and Published are copied from the version to avoid a join.
/// </summary>
internal sealed class ContentFieldIndexRecord
{
    public long Id { get; set; }

    public long ContentItemRecordId { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary><c>Part.Field</c>, or <c>Part.Field.Sub</c>.</summary>
    public string Path { get; set; } = "";

    public FieldIndexKind Kind { get; set; }

    /// <summary>Text values and references (content item ids).</summary>
    public string? Text { get; set; }

    public double? Number { get; set; }

    public DateTime? Date { get; set; }

    public bool? Boolean { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }
}
