using System.Text.Json.Nodes;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Store;

/// <summary>
/// Runs the part and field kinds over a version: validation (collecting every error keyed by path), normalisation,
/// and the index rows and unique values of a stored version.
/// </summary>
internal sealed class ContentSavePipeline(ContentKinds kinds, CmsDbContext db)
{
    private readonly StoredContentReader _reader = new(db);

    /// <summary>
    /// Validates <paramref name="item"/>; when valid, normalises it in place. Data the previous version already held
    /// for parts or fields that are no longer defined (kept under <see cref="OrphanedDataPolicy.Keep"/>) is carried along, not refused.
    /// </summary>
    public async Task<IReadOnlyList<ContentValidationError>> ValidateAndNormalizeAsync(
        ContentItem item, ContentTypeDefinition type, ContentDefinitionSnapshot definitions, JsonObject? previous, CancellationToken cancellationToken)
    {
        var errors = new List<ContentValidationError>();
        var partKinds = kinds.Parts;
        var fieldKinds = kinds.Fields;
        var typeParts = TypeParts.Of(type, definitions);
        CheckShape(item, type, definitions, typeParts, partKinds, previous, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        var elements = Elements(item, type, definitions, typeParts, partKinds, fieldKinds, errors);
        foreach (var (kind, context) in elements.Parts)
        {
            await kind.ValidateAsync(context, cancellationToken);
        }

        foreach (var (kind, context) in elements.Fields)
        {
            await kind.ValidateAsync(context, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var (kind, context) in elements.Parts)
        {
            await kind.NormalizeAsync(context, cancellationToken);
        }

        foreach (var (kind, context) in elements.Fields)
        {
            await kind.NormalizeAsync(context, cancellationToken);
        }

        return errors;
    }

    /// <summary>The typed index rows and unique values of a stored version.</summary>
    public (List<FieldIndexValue> Index, List<UniqueValue> Unique) Describe(ContentItem item, ContentTypeDefinition type, ContentDefinitionSnapshot definitions)
    {
        var ignored = new List<ContentValidationError>();
        var elements = Elements(item, type, definitions, TypeParts.Of(type, definitions), kinds.Parts, kinds.Fields, ignored);
        var index = new List<FieldIndexValue>();
        var unique = new List<UniqueValue>();
        foreach (var (kind, context) in elements.Parts)
        {
            index.AddRange(kind.Index(context));
            unique.AddRange(kind.UniqueValues(context));
        }

        foreach (var (kind, context) in elements.Fields)
        {
            index.AddRange(kind.Index(context));
        }

        return (index, unique);
    }

    private static void CheckShape(
        ContentItem item,
        ContentTypeDefinition type,
        ContentDefinitionSnapshot definitions,
        IReadOnlyList<ContentTypePartDefinition> typeParts,
        IReadOnlyDictionary<string, ContentPartKind> partKinds,
        JsonObject? previous,
        List<ContentValidationError> errors)
    {
        foreach (var (name, node) in item.Content)
        {
            var typePart = typeParts.FirstOrDefault(p => p.Name == name);
            if (typePart is null)
            {
                if (!JsonNode.DeepEquals(node, previous?[name]))
                {
                    var hint = NameSuggestion.Closest(name, typeParts.Select(p => p.Name));
                    errors.Add(new ContentValidationError(name,
                        $"unknown part '{name}' for type '{type.Name}'{(hint is null ? $"; its parts are {Names(typeParts.Select(p => p.Name))}" : $"; did you mean '{hint}'?")}", "unknown"));
                }

                continue;
            }

            if (node is not JsonObject part)
            {
                errors.Add(new ContentValidationError(name, $"part '{name}' must be a JSON object, not {Describe(node)}.", "type"));
                continue;
            }

            var definition = definitions.FindPart(typePart.PartName);
            if (definition is null || partKinds.ContainsKey(typePart.PartName))
            {
                // A kind's own properties are the kind's business; it validates them itself.
                continue;
            }

            foreach (var (fieldName, value) in part)
            {
                if (definition.FindField(fieldName) is null && !JsonNode.DeepEquals(value, previous?[name]?[fieldName]))
                {
                    var hint = NameSuggestion.Closest(fieldName, definition.Fields.Select(f => f.Name));
                    errors.Add(new ContentValidationError($"{name}.{fieldName}",
                        $"unknown field '{fieldName}' in part '{name}'{(hint is null ? $"; its fields are {Names(definition.Fields.Select(f => f.Name))}" : $"; did you mean '{hint}'?")}", "unknown"));
                }
            }
        }
    }

    private ItemElements Elements(
        ContentItem item,
        ContentTypeDefinition type,
        ContentDefinitionSnapshot definitions,
        IReadOnlyList<ContentTypePartDefinition> typeParts,
        IReadOnlyDictionary<string, ContentPartKind> partKinds,
        IReadOnlyDictionary<string, ContentFieldKind> fieldKinds,
        List<ContentValidationError> errors)
    {
        var result = new ItemElements();
        foreach (var typePart in typeParts.OrderBy(p => p.Position))
        {
            if (partKinds.TryGetValue(typePart.PartName, out var partKind))
            {
                result.Parts.Add((partKind, new ContentPartContext(item, type, typePart, definitions, _reader, errors)));
            }

            foreach (var field in (definitions.FindPart(typePart.PartName)?.Fields ?? []).OrderBy(f => f.Position))
            {
                // A field whose kind's feature is off keeps its data untouched until the feature is back.
                if (fieldKinds.TryGetValue(field.FieldName, out var fieldKind))
                {
                    result.Fields.Add((fieldKind, new ContentFieldContext(item, type, typePart.Name, field, definitions, _reader, errors)));
                }
            }
        }

        return result;
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list.Select(n => $"'{n}'"));
    }

    private static string Describe(JsonNode? node) => node?.GetValueKind().ToString().ToLowerInvariant() ?? "null";
}

/// <summary>The kinds that apply to one item, each with its context.</summary>
internal sealed class ItemElements
{
    public List<(ContentPartKind Kind, ContentPartContext Context)> Parts { get; } = [];

    public List<(ContentFieldKind Kind, ContentFieldContext Context)> Fields { get; } = [];
}
