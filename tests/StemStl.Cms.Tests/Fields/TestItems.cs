using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Fields;

/// <summary>Builds items and definitions for the part and field tests.</summary>
internal static class TestItems
{
    public static ContentItem Item(string id, string type, string content = "{}", string displayText = "") => new()
    {
        ContentItemId = id,
        ContentItemVersionId = id + "-v1",
        ContentType = type,
        DisplayText = displayText,
        Content = (JsonObject)JsonNode.Parse(content)!,
    };

    public static ContentTypeDefinition Type(string name, params ContentTypePartDefinition[] parts) =>
        new(name, name, new ContentTypeSettings(), parts);

    public static ContentDefinitionSnapshot Snapshot(params ContentTypeDefinition[] types) =>
        new(types.ToDictionary(t => t.Name), new Dictionary<string, ContentPartDefinition>(), "test");

    public static JsonObject? Json(string? json) => json is null ? null : (JsonObject)JsonNode.Parse(json)!;
}
