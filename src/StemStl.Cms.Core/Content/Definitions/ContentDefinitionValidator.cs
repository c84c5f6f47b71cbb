using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Definitions;

/// <summary>
/// Checks a definition change against the current definitions and the part and field kinds of the enabled features,
/// without touching the store; the recipe validator runs it against a simulated state.
/// </summary>
internal static class ContentDefinitionValidator
{
    // Errors are keyed by a path into the change: "Types[2].Parts[0]", "Parts[1].Fields[0].Settings.MaxLenght".
    public static IReadOnlyList<DefinitionError> Validate(
        ContentDefinitionChange change,
        IReadOnlyDictionary<string, ContentTypeDefinition> currentTypes,
        IReadOnlyDictionary<string, ContentPartDefinition> currentParts,
        IReadOnlyDictionary<string, ContentPartKind> partKinds,
        IReadOnlyDictionary<string, ContentFieldKind> fieldKinds)
    {
        ArgumentNullException.ThrowIfNull(change);
        var errors = new List<DefinitionError>();
        var (types, parts) = Apply(change, currentTypes, currentParts);

        CheckParts(change, fieldKinds, errors);
        CheckTypes(change, parts, partKinds, errors);
        for (var i = 0; i < change.Types.Count; i++)
        {
            // Only new types: a stored type keeps its name even if a later kind or schema type takes it.
            if (!currentTypes.ContainsKey(change.Types[i].Name) && IsIdentifier(change.Types[i].Name))
            {
                ReservedTypeNames.Check(change.Types[i], $"Types[{i}]", partKinds, fieldKinds, errors);
            }
        }

        CheckDeletions(change, currentTypes, currentParts, types, partKinds, errors);
        return errors;
    }

    // The definitions after the change (for the recipe simulation and for ApplyAsync).
    public static (Dictionary<string, ContentTypeDefinition> Types, Dictionary<string, ContentPartDefinition> Parts) Apply(
        ContentDefinitionChange change,
        IReadOnlyDictionary<string, ContentTypeDefinition> currentTypes,
        IReadOnlyDictionary<string, ContentPartDefinition> currentParts)
    {
        ArgumentNullException.ThrowIfNull(change);
        var types = new Dictionary<string, ContentTypeDefinition>(currentTypes, StringComparer.Ordinal);
        var parts = new Dictionary<string, ContentPartDefinition>(currentParts, StringComparer.Ordinal);
        foreach (var part in change.Parts)
        {
            parts[part.Name] = part;
        }

        foreach (var type in change.Types)
        {
            types[type.Name] = type;
        }

        foreach (var name in change.DeletedTypes)
        {
            types.Remove(name);
        }

        foreach (var name in change.DeletedParts)
        {
            parts.Remove(name);
        }

        return (types, parts);
    }

    /// <summary>Letters, digits and underscores, starting with a letter: safe as a JSON key, a GraphQL name and a SQL path.</summary>
    public static bool IsIdentifier(string? name) =>
        !string.IsNullOrEmpty(name) && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static void CheckParts(ContentDefinitionChange change, IReadOnlyDictionary<string, ContentFieldKind> fieldKinds, List<DefinitionError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < change.Parts.Count; i++)
        {
            var part = change.Parts[i];
            var path = $"Parts[{i}]";
            CheckName(part.Name, $"{path}.Name", "part", errors);
            if (!seen.Add(part.Name))
            {
                errors.Add(new DefinitionError($"{path}.Name", $"part '{part.Name}' is defined twice in this change; merge the two definitions."));
            }

            var fields = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < part.Fields.Count; j++)
            {
                var field = part.Fields[j];
                var fieldPath = $"{path}.Fields[{j}]";
                CheckName(field.Name, $"{fieldPath}.Name", "field", errors);
                if (!fields.Add(field.Name))
                {
                    errors.Add(new DefinitionError(fieldPath, $"part '{part.Name}' has two fields named '{field.Name}'; field names must be unique within a part."));
                }

                if (!fieldKinds.TryGetValue(field.FieldName, out var kind))
                {
                    errors.Add(new DefinitionError(fieldPath, Unknown("field kind", field.FieldName, fieldKinds.Keys, " (is its feature enabled?)")));
                    continue;
                }

                kind.ParseSettings(field.Settings, $"{fieldPath}.Settings", errors);
            }
        }
    }

    private static void CheckTypes(
        ContentDefinitionChange change,
        IReadOnlyDictionary<string, ContentPartDefinition> parts,
        IReadOnlyDictionary<string, ContentPartKind> partKinds,
        List<DefinitionError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < change.Types.Count; i++)
        {
            var type = change.Types[i];
            var path = $"Types[{i}]";
            CheckName(type.Name, $"{path}.Name", "type", errors);
            if (!seen.Add(type.Name))
            {
                errors.Add(new DefinitionError($"{path}.Name", $"type '{type.Name}' is defined twice in this change; merge the two definitions."));
            }

            if (change.DeletedTypes.Contains(type.Name))
            {
                errors.Add(new DefinitionError($"{path}.Name", $"type '{type.Name}' is both defined and deleted in this change; do one or the other."));
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < type.Parts.Count; j++)
            {
                var typePart = type.Parts[j];
                var partPath = $"{path}.Parts[{j}]";
                CheckName(typePart.Name, $"{partPath}.Name", "part", errors);
                if (!names.Add(typePart.Name))
                {
                    errors.Add(new DefinitionError(partPath, $"type '{type.Name}' attaches two parts named '{typePart.Name}'; give the second one another Name."));
                }

                var kind = partKinds.GetValueOrDefault(typePart.PartName);
                if (kind is null && !parts.ContainsKey(typePart.PartName) && typePart.PartName != type.Name)
                {
                    var known = partKinds.Keys.Concat(parts.Keys).Append(type.Name).Distinct(StringComparer.Ordinal);
                    errors.Add(new DefinitionError(partPath, Unknown("part", typePart.PartName, known, "")));
                    continue;
                }

                if (kind is null)
                {
                    SettingsParser.Parse(typeof(NoSettings), typePart.Settings, $"{partPath}.Settings", errors);
                }
                else
                {
                    kind.ParseSettings(typePart.Settings, $"{partPath}.Settings", errors);
                }
            }
        }
    }

    private static void CheckDeletions(
        ContentDefinitionChange change,
        IReadOnlyDictionary<string, ContentTypeDefinition> currentTypes,
        IReadOnlyDictionary<string, ContentPartDefinition> currentParts,
        IReadOnlyDictionary<string, ContentTypeDefinition> typesAfter,
        IReadOnlyDictionary<string, ContentPartKind> partKinds,
        List<DefinitionError> errors)
    {
        for (var i = 0; i < change.DeletedTypes.Count; i++)
        {
            var name = change.DeletedTypes[i];
            if (!currentTypes.ContainsKey(name))
            {
                errors.Add(new DefinitionError($"DeletedTypes[{i}]", Unknown("type", name, currentTypes.Keys, "")));
            }
        }

        for (var i = 0; i < change.DeletedParts.Count; i++)
        {
            var name = change.DeletedParts[i];
            var path = $"DeletedParts[{i}]";
            if (!currentParts.ContainsKey(name))
            {
                errors.Add(new DefinitionError(path, Unknown("part", name, currentParts.Keys, "")));
                continue;
            }

            if (change.Parts.Any(p => p.Name == name))
            {
                errors.Add(new DefinitionError(path, $"part '{name}' is both defined and deleted in this change; do one or the other."));
            }

            // A kind's part and a type's implicit part stay valid without a definition; any other part needs one.
            var users = typesAfter.Values
                .Where(t => t.Name != name && !partKinds.ContainsKey(name) && t.Parts.Any(p => p.PartName == name))
                .Select(t => t.Name)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (users.Count > 0)
            {
                errors.Add(new DefinitionError(path,
                    $"part '{name}' cannot be deleted: type{(users.Count == 1 ? "" : "s")} {DefinitionSerializer.Quote(users)} still use{(users.Count == 1 ? "s" : "")} it. Remove it from {(users.Count == 1 ? "that type" : "those types")} first."));
            }
        }
    }

    private static void CheckName(string? name, string path, string what, List<DefinitionError> errors)
    {
        if (!IsIdentifier(name))
        {
            errors.Add(new DefinitionError(path,
                $"'{name}' is not a valid {what} name: use letters, digits and underscores, starting with a letter."));
        }
    }

    private static string Unknown(string what, string name, IEnumerable<string> known, string tail)
    {
        var hint = NameSuggestion.Closest(name, known);
        return hint is null ? $"unknown {what} '{name}'{tail}." : $"unknown {what} '{name}'; did you mean '{hint}'?";
    }
}
