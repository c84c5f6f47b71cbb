using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Content.Store;

/// <summary>The part and field kinds of the features that are on now, by name.</summary>
internal sealed class ContentKinds(IEnabled<ContentPartKind> parts, IEnabled<ContentFieldKind> fields)
{
    // Read on every use rather than once per scope: a recipe may switch a feature on half-way through its scope.
    public IReadOnlyDictionary<string, ContentPartKind> Parts => ByName(parts, p => p.Name);

    public IReadOnlyDictionary<string, ContentFieldKind> Fields => ByName(fields, f => f.Name);

    private static Dictionary<string, T> ByName<T>(IEnumerable<T> kinds, Func<T, string> name)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            map.TryAdd(name(kind), kind);
        }

        return map;
    }
}

/// <summary>The parts an item of a type carries.</summary>
internal static class TypeParts
{
    /// <summary>The attached parts, plus the type's implicit part when a part definition named after the type exists and the type does not list it.</summary>
    public static IReadOnlyList<ContentTypePartDefinition> Of(ContentTypeDefinition type, ContentDefinitionSnapshot definitions)
    {
        if (type.FindPart(type.Name) is null && type.Parts.All(p => p.PartName != type.Name) && definitions.FindPart(type.Name) is not null)
        {
            return [.. type.Parts, new ContentTypePartDefinition(type.Name, type.Name, Position: int.MaxValue)];
        }

        return type.Parts;
    }
}
