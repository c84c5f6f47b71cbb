using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL.Schema;

namespace StemStl.Cms.GraphQL.Filtering;

/// <summary>
/// Describes what a content type can be filtered and sorted on: the common columns, and every part and field by the
/// index rows its kind writes (the paths <see cref="FieldIndexValue"/> rows carry). Keys nest as the type's fields do:
/// <c>{ displayText_contains: "…", autoroutePart: { path: "…" }, status: { text: "Active" } }</c>.
/// </summary>
internal static class FilterSchemaFactory
{
    private static readonly Dictionary<string, (string Key, string Suffix, FieldIndexKind Kind)[]> PartTargets = new(StringComparer.Ordinal)
    {
        ["TitlePart"] = [("title", ".Title", FieldIndexKind.Text)],
        ["AutoroutePart"] = [("path", ".Path", FieldIndexKind.Text)],
        ["PublishLaterPart"] = [("scheduledPublishUtc", ".ScheduledPublishUtc", FieldIndexKind.Date)],
        ["UnpublishLaterPart"] = [("scheduledUnpublishUtc", ".ScheduledUnpublishUtc", FieldIndexKind.Date)],
        ["ContainedPart"] = [("listContentItemId", ".ListContentItemId", FieldIndexKind.Reference), ("order", ".Order", FieldIndexKind.Numeric)],
    };

    private static readonly Dictionary<string, (string Key, string Suffix, FieldIndexKind Kind)[]> FieldTargets = new(StringComparer.Ordinal)
    {
        ["TextField"] = [("text", "", FieldIndexKind.Text)],
        ["MarkdownField"] = [("markdown", "", FieldIndexKind.Text)],
        ["NumericField"] = [("value", "", FieldIndexKind.Numeric)],
        ["BooleanField"] = [("value", "", FieldIndexKind.Boolean)],
        ["DateField"] = [("value", "", FieldIndexKind.Date)],
        ["DateTimeField"] = [("value", "", FieldIndexKind.Date)],
        ["LinkField"] = [("url", "", FieldIndexKind.Text)],
        ["MultiTextField"] = [("values", "", FieldIndexKind.Text)],
        ["MediaField"] = [("paths", "", FieldIndexKind.Text)],
        ["ContentPickerField"] = [("contentItemIds", "", FieldIndexKind.Reference)],
        ["TaxonomyField"] = [("termContentItemIds", "", FieldIndexKind.Reference), ("taxonomyContentItemId", ".Taxonomy", FieldIndexKind.Reference)],
        ["GeoPointField"] = [("latitude", ".Latitude", FieldIndexKind.Numeric), ("longitude", ".Longitude", FieldIndexKind.Numeric)],
    };

    public static FilterSchema For(ContentTypeDefinition type, ContentDefinitionSnapshot snapshot)
    {
        var typeName = GraphNames.Type(type.Name);
        var schema = new FilterSchema(typeName);
        schema.Targets.AddRange(FilterTarget.CommonColumns);
        foreach (var typePart in type.Parts)
        {
            if (typePart.Name == type.Name)
            {
                foreach (var field in snapshot.FindPart(typePart.Name)?.Fields ?? [])
                {
                    AddNested(schema, typeName, GraphNames.Camel(field.Name), FieldTargets.GetValueOrDefault(field.FieldName), $"{typePart.Name}.{field.Name}");
                }

                continue;
            }

            AddNested(schema, typeName, GraphNames.PartField(typePart.Name), PartTargets.GetValueOrDefault(typePart.PartName), typePart.Name);
            if (!PartTargets.ContainsKey(typePart.PartName) && snapshot.FindPart(typePart.PartName) is { } part)
            {
                var nested = schema.Parts.GetValueOrDefault(GraphNames.PartField(typePart.Name)) ?? new FilterSchema(typeName + GraphNames.Type(typePart.Name));
                foreach (var field in part.Fields)
                {
                    AddNested(nested, nested.Name, GraphNames.Camel(field.Name), FieldTargets.GetValueOrDefault(field.FieldName), $"{typePart.Name}.{field.Name}");
                }

                schema.Parts.TryAdd(GraphNames.PartField(typePart.Name), nested);
            }
        }

        return schema;
    }

    private static void AddNested(FilterSchema parent, string prefix, string key, (string Key, string Suffix, FieldIndexKind Kind)[]? targets, string path)
    {
        if (targets is null || GraphNames.Reserved.Contains(key) || parent.Parts.ContainsKey(key))
        {
            return;
        }

        var nested = new FilterSchema(prefix + GraphNames.Type(char.ToUpperInvariant(key[0]) + key[1..]));
        nested.Targets.AddRange(targets.Select(t => FilterTarget.ForPath(t.Key, t.Kind, path + t.Suffix)));
        parent.Parts[key] = nested;
    }
}
