using System.Text.Json.Nodes;
using StemStl.Cms.Content;

namespace StemStl.Cms.Definitions;

/// <summary>What a part or field kind sees while an item is validated, normalised or indexed.</summary>
public abstract class ContentElementContext
{
    private protected ContentElementContext(ContentItem item, ContentTypeDefinition type, ContentDefinitionSnapshot definitions, IContentReader reader, ICollection<ContentValidationError> errors)
    {
        Item = item;
        Type = type;
        Definitions = definitions;
        Reader = reader;
        Errors = errors;
    }

    /// <summary>The version being saved.</summary>
    public ContentItem Item { get; }

    public ContentTypeDefinition Type { get; }

    public ContentDefinitionSnapshot Definitions { get; }

    /// <summary>Reads other items, e.g. to check picker references; it sees the same transaction as the write.</summary>
    public IContentReader Reader { get; }

    /// <summary>Where the element lives in the item, e.g. <c>AutoroutePart</c> or <c>Workgroup.Focus</c>.</summary>
    public abstract string Path { get; }

    public ICollection<ContentValidationError> Errors { get; }

    /// <summary>Records a violation at <see cref="Path"/>, or below it when <paramref name="subPath"/> is given.</summary>
    public void Fail(string message, string code = "invalid", string? subPath = null) =>
        Errors.Add(new ContentValidationError(subPath is null ? Path : $"{Path}.{subPath}", message, code));
}

/// <summary>The context of one part of one item.</summary>
public sealed class ContentPartContext : ContentElementContext
{
    public ContentPartContext(ContentItem item, ContentTypeDefinition type, ContentTypePartDefinition typePart, ContentDefinitionSnapshot definitions, IContentReader reader, ICollection<ContentValidationError> errors)
        : base(item, type, definitions, reader, errors)
    {
        TypePart = typePart;
        Part = item.Part(typePart.Name);
    }

    /// <summary>How the part is attached to the type, with its settings.</summary>
    public ContentTypePartDefinition TypePart { get; }

    /// <summary>The part's JSON in the item.</summary>
    public JsonObject Part { get; }

    public override string Path => TypePart.Name;
}

/// <summary>The context of one field of one part of one item.</summary>
public sealed class ContentFieldContext : ContentElementContext
{
    public ContentFieldContext(ContentItem item, ContentTypeDefinition type, string partName, ContentPartFieldDefinition field, ContentDefinitionSnapshot definitions, IContentReader reader, ICollection<ContentValidationError> errors)
        : base(item, type, definitions, reader, errors)
    {
        PartName = partName;
        Field = field;
    }

    /// <summary>The name the part is attached under.</summary>
    public string PartName { get; }

    public ContentPartFieldDefinition Field { get; }

    /// <summary>The field's JSON object, or null when the item does not hold the field.</summary>
    public JsonNode? RawValue => Item.TryGetPart(PartName)?[Field.Name];

    /// <summary>The field's JSON object, created when missing so a kind can write normalised values.</summary>
    public JsonObject Value
    {
        get
        {
            var part = Item.Part(PartName);
            if (part[Field.Name] is JsonObject value)
            {
                return value;
            }

            value = [];
            part[Field.Name] = value;
            return value;
        }
    }

    public override string Path => $"{PartName}.{Field.Name}";
}

/// <summary>Read access to stored items for validation, without the write path.</summary>
public interface IContentReader
{
    /// <summary>Items by id in one query; ids that do not exist are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default);
}
