using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Definitions;

/// <summary>
/// Names a new content type may not take, because its GraphQL object type would collide with one the generated schema
/// already defines: the schema's own types, the built-in scalars, and the types made for part and field kinds.
/// </summary>
internal static class ReservedTypeNames
{
    // Kept beside the validator rather than in the GraphQL project: the store refuses the name before any schema is built.
    private static readonly HashSet<string> Schema = new(StringComparer.Ordinal)
    {
        "Query", "Mutation", "Subscription", "ContentItem", "PageInfo", "SortOrder", "Status", "JsonValueInput",
        "String", "Int", "Float", "Boolean", "ID", "Date", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly",
        "Decimal", "Long", "BigInt", "Guid", "Uri", "Short", "Byte",
    };

    // The schema derives "<Type>Input", "<Type>WhereInput", "<Type>OrderByInput" and "<Type>Connection" from every type.
    private static readonly string[] DerivedSuffixes = ["Input", "Connection"];

    /// <summary>Adds an error when <paramref name="type"/>'s name is reserved for the GraphQL schema.</summary>
    public static void Check(
        ContentTypeDefinition type,
        string path,
        IReadOnlyDictionary<string, ContentPartKind> partKinds,
        IReadOnlyDictionary<string, ContentFieldKind> fieldKinds,
        List<DefinitionError> errors)
    {
        var name = type.Name;
        string? why = null;
        if (Schema.Contains(name) || name.StartsWith("__", StringComparison.Ordinal))
        {
            why = "the GraphQL schema already defines a type of that name";
        }
        else if (partKinds.ContainsKey(name) || fieldKinds.ContainsKey(name))
        {
            why = $"it is the name of a {(partKinds.ContainsKey(name) ? "part" : "field")} kind, whose GraphQL type would clash with it";
        }
        else if (DerivedSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix)
        {
            why = $"the GraphQL schema names the types it derives from other types '…{suffix}'";
        }

        if (why is not null)
        {
            errors.Add(new DefinitionError($"{path}.Name", $"'{name}' cannot be a content type name: {why}. Choose another name."));
        }
    }
}
