using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Indexing;

/// <summary>What a contributor sees: one part, or one field of a part, of the version being indexed.</summary>
public sealed class ContentIndexContext
{
    public ContentIndexContext(ContentItem item, ContentTypeDefinition type, string partName, ContentPartFieldDefinition? field, ContentIndexDocument document)
    {
        Item = item;
        Type = type;
        PartName = partName;
        Field = field;
        Document = document;
    }

    public ContentItem Item { get; }

    public ContentTypeDefinition Type { get; }

    /// <summary>The name the part is attached under, e.g. <c>TitlePart</c> or the type's own part <c>Resource</c>.</summary>
    public string PartName { get; }

    /// <summary>The field being indexed, or null when a part is.</summary>
    public ContentPartFieldDefinition? Field { get; }

    /// <summary>The part's JSON, or null when the item does not hold the part.</summary>
    public JsonObject? Part => Item.TryGetPart(PartName);

    /// <summary>The field's JSON object (or the part's when indexing a part), or null.</summary>
    public JsonObject? Value => Field is null ? Part : Part?[Field.Name] as JsonObject;

    /// <summary>The index name of the element, <c>Part</c> or <c>Part.Field</c>; entries are named from it.</summary>
    public string Key => Field is null ? PartName : $"{PartName}.{Field.Name}";

    public ContentIndexDocument Document { get; }
}
