using System.Text.Json.Nodes;

namespace StemStl.Cms.Content;

/// <summary>
/// One version of a content item. <see cref="ContentItemId"/> is stable across versions;
/// <see cref="Content"/> holds one JSON object per part, each part holding its fields
/// (<c>{"TitlePart":{"Title":"…"},"Workgroup":{"Focus":{"Markdown":"…"}}}</c>).
/// </summary>
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    /// <summary>Version number, 1 for the first version.</summary>
    public int Number { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>User id of the owner (the creator unless reassigned).</summary>
    public string? Owner { get; set; }

    /// <summary>User name of whoever wrote this version.</summary>
    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The parts, keyed by part name.</summary>
    public JsonObject Content { get; set; } = [];

    /// <summary>The part named <paramref name="partName"/>, created empty when missing.</summary>
    public JsonObject Part(string partName)
    {
        if (Content[partName] is JsonObject part)
        {
            return part;
        }

        part = [];
        Content[partName] = part;
        return part;
    }

    /// <summary>The part named <paramref name="partName"/>, or null.</summary>
    public JsonObject? TryGetPart(string partName) => Content[partName] as JsonObject;

    /// <summary>
    /// Orchard Core's flat JSON shape, shared by every API that returns items: the item's properties beside one
    /// property per part (<c>{"ContentItemId":"…","ContentType":"Article","TitlePart":{"Title":"…"}}</c>).
    /// </summary>
    public JsonObject ToFlatJson()
    {
        var json = new JsonObject
        {
            [nameof(ContentItemId)] = ContentItemId,
            [nameof(ContentItemVersionId)] = ContentItemVersionId,
            [nameof(ContentType)] = ContentType,
            [nameof(DisplayText)] = DisplayText,
            [nameof(Number)] = Number,
            [nameof(Latest)] = Latest,
            [nameof(Published)] = Published,
            [nameof(Owner)] = Owner,
            [nameof(Author)] = Author,
            [nameof(CreatedUtc)] = CreatedUtc,
            [nameof(ModifiedUtc)] = ModifiedUtc,
            [nameof(PublishedUtc)] = PublishedUtc,
        };
        foreach (var (part, value) in Content)
        {
            json[part] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>A deep copy that shares nothing with this instance.</summary>
    public ContentItem Clone() => new()
    {
        ContentItemId = ContentItemId,
        ContentItemVersionId = ContentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Number = Number,
        Latest = Latest,
        Published = Published,
        Owner = Owner,
        Author = Author,
        CreatedUtc = CreatedUtc,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        Content = (JsonObject)Content.DeepClone(),
    };
}
