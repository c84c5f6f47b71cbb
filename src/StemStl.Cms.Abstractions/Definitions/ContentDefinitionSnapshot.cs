namespace StemStl.Cms.Definitions;

/// <summary>All content definitions at one moment, with a hash that changes whenever any of them does.</summary>
public sealed record ContentDefinitionSnapshot(
    IReadOnlyDictionary<string, ContentTypeDefinition> Types,
    IReadOnlyDictionary<string, ContentPartDefinition> Parts,
    string Hash)
{
    public ContentTypeDefinition? FindType(string name) => Types.GetValueOrDefault(name);

    public ContentPartDefinition? FindPart(string name) => Parts.GetValueOrDefault(name);
}
