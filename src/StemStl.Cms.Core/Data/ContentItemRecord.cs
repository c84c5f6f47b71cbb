namespace StemStl.Cms.Data;

/// <summary>
/// One version of a content item: the JSON document of its parts plus the columns of the content item index,
/// so lists, filters and sorts on the common fields never parse JSON.
/// </summary>
internal sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public int Number { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The parts as JSON text.</summary>
    public string Document { get; set; } = "{}";

    /// <summary>Changes on every write of the row; two writers of the same version cannot both win.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public List<ContentFieldIndexRecord> Fields { get; set; } = [];
}
