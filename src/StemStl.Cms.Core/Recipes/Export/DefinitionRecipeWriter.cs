using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Recipes.Export;

/// <summary>
/// Writes content definitions as Orchard Core's <c>ContentDefinition</c> step, the shape <c>OrchardDefinitionReader</c>
/// reads back: kind settings under <c>&lt;Kind&gt;Settings</c>, positions and labels under the engine's display settings.
/// </summary>
internal static class DefinitionRecipeWriter
{
    private static readonly JsonSerializerOptions SettingsJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static JsonObject Step(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts) => new()
    {
        ["name"] = "ContentDefinition",
        ["ContentTypes"] = new JsonArray([.. types.Select(Type)]),
        ["ContentParts"] = new JsonArray([.. parts.Select(Part)]),
    };

    private static JsonObject Type(ContentTypeDefinition type) => new()
    {
        ["Name"] = type.Name,
        ["DisplayName"] = type.DisplayName,
        ["Settings"] = new JsonObject { ["ContentTypeSettings"] = JsonSerializer.SerializeToNode(type.Settings, SettingsJson) },
        ["ContentTypePartDefinitionRecords"] = new JsonArray([.. type.Parts.OrderBy(p => p.Position).Select(p => (JsonNode)new JsonObject
        {
            ["PartName"] = p.PartName,
            ["Name"] = p.Name,
            ["Settings"] = Settings($"{p.PartName}Settings", p.Settings, "ContentTypePartSettings", new JsonObject { ["Position"] = p.Position }),
        })]),
    };

    private static JsonObject Part(ContentPartDefinition part) => new()
    {
        ["Name"] = part.Name,
        ["DisplayName"] = part.DisplayName,
        ["Description"] = part.Description,
        ["ContentPartFieldDefinitionRecords"] = new JsonArray([.. part.Fields.OrderBy(f => f.Position).Select(f => (JsonNode)new JsonObject
        {
            ["FieldName"] = f.FieldName,
            ["Name"] = f.Name,
            ["Settings"] = Settings($"{f.FieldName}Settings", f.Settings, "ContentPartFieldSettings", new JsonObject { ["DisplayName"] = f.DisplayName, ["Position"] = f.Position }),
        })]),
    };

    private static JsonObject Settings(string kindKey, JsonObject? kindSettings, string displayKey, JsonObject display)
    {
        var settings = new JsonObject { [displayKey] = display };
        if (kindSettings is { Count: > 0 })
        {
            settings[kindKey] = kindSettings.DeepClone();
        }

        return settings;
    }
}
