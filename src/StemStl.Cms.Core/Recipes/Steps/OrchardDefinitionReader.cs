using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Recipes.Steps;

/// <summary>
/// Reads Orchard Core's <c>ContentDefinition</c> step shape into a <see cref="ContentDefinitionChange"/>. Settings follow Orchard's
/// nesting: type settings under <c>ContentTypeSettings</c>, a part's attachment settings under <c>&lt;PartName&gt;Settings</c>
/// (position under <c>ContentTypePartSettings</c>), a field's settings under <c>&lt;FieldName&gt;Settings</c> (label and position
/// under <c>ContentPartFieldSettings</c>). The returned map turns the validator's paths back into paths of the step.
/// </summary>
internal static class OrchardDefinitionReader
{
    private static readonly string[] StepKeys = ["name", "ContentTypes", "ContentParts", "DeleteContentTypes", "DeleteContentParts", "Orphans"];
    private static readonly string[] TypeKeys = ["Name", "DisplayName", "Settings", "ContentTypePartDefinitionRecords"];
    private static readonly string[] TypePartKeys = ["PartName", "Name", "Settings"];
    private static readonly string[] TypePartSettingsKeys = ["Position"];
    private static readonly string[] PartKeys = ["Name", "DisplayName", "Description", "Settings", "ContentPartFieldDefinitionRecords"];

    // Orchard's Attachable, Reusable and DefaultPosition are accepted so its exports import; here every part is attachable and reusable.
    private static readonly string[] PartSettingsKeys = ["DisplayName", "Description", "Attachable", "Reusable", "DefaultPosition"];
    private static readonly string[] FieldKeys = ["FieldName", "Name", "Settings"];
    private static readonly string[] FieldSettingsKeys = ["DisplayName", "Description", "Position"];

    public static (ContentDefinitionChange Change, DefinitionPathMap Map) Read(JsonObject step, Action<string, string> error)
    {
        RecipeJson.CheckKeys(step, "", StepKeys, error);
        var map = new DefinitionPathMap();
        var types = new List<ContentTypeDefinition>();
        foreach (var (json, path, index) in Objects(step, "ContentTypes", error))
        {
            if (ReadType(json, path, error, out var partWrappers) is { } type)
            {
                map.Types.Add((index, partWrappers));
                types.Add(type);
            }
        }

        var parts = new List<ContentPartDefinition>();
        foreach (var (json, path, index) in Objects(step, "ContentParts", error))
        {
            if (ReadPart(json, path, error, out var fieldWrappers) is { } part)
            {
                map.Parts.Add((index, fieldWrappers));
                parts.Add(part);
            }
        }

        var change = new ContentDefinitionChange
        {
            Types = types,
            Parts = parts,
            DeletedTypes = [.. RecipeJson.StringArray(step, "DeleteContentTypes", "", error).Select(d => d.Value)],
            DeletedParts = [.. RecipeJson.StringArray(step, "DeleteContentParts", "", error).Select(d => d.Value)],
            Orphans = ReadOrphans(step, error),
        };
        return (change, map);
    }

    private static ContentTypeDefinition? ReadType(JsonObject json, string path, Action<string, string> error, out List<(int, string)> partWrappers)
    {
        partWrappers = [];
        RecipeJson.CheckKeys(json, path, TypeKeys, error);
        var name = RecipeJson.RequiredString(json, "Name", path, error);
        var displayName = RecipeJson.OptionalString(json, "DisplayName", path, error);
        var settings = new ContentTypeSettings();
        var settingsPath = RecipeJson.Child(path, "Settings");
        foreach (var (key, value) in Wrappers(json, settingsPath, error))
        {
            var at = RecipeJson.Child(settingsPath, key);
            if (!key.Equals("ContentTypeSettings", StringComparison.OrdinalIgnoreCase))
            {
                error(at, RecipeJson.Unknown("type settings", key, ["ContentTypeSettings"]));
                continue;
            }

            var errors = new List<DefinitionError>();
            settings = (ContentTypeSettings)SettingsParser.Parse(typeof(ContentTypeSettings), value, at, errors);
            errors.ForEach(e => error(e.Path, e.Message));
        }

        var parts = new List<ContentTypePartDefinition>();
        foreach (var (record, recordPath, index) in Objects(json, "ContentTypePartDefinitionRecords", error, path))
        {
            RecipeJson.CheckKeys(record, recordPath, TypePartKeys, error);
            var partName = RecipeJson.RequiredString(record, "PartName", recordPath, error);
            var attachedAs = RecipeJson.OptionalString(record, "Name", recordPath, error) ?? partName;
            if (partName is null || attachedAs is null)
            {
                continue;
            }

            var (kindSettings, extra) = SplitSettings(record, recordPath, $"{partName}Settings", "ContentTypePartSettings", TypePartSettingsKeys, error);
            parts.Add(new ContentTypePartDefinition(attachedAs, partName, kindSettings, Position(extra, RecipeJson.Child(recordPath, "Settings.ContentTypePartSettings"), index, error)));
            partWrappers.Add((index, $"{partName}Settings"));
        }

        return name is null ? null : new ContentTypeDefinition(name, displayName ?? name, settings, parts);
    }

    private static ContentPartDefinition? ReadPart(JsonObject json, string path, Action<string, string> error, out List<(int, string)> fieldWrappers)
    {
        fieldWrappers = [];
        RecipeJson.CheckKeys(json, path, PartKeys, error);
        var name = RecipeJson.RequiredString(json, "Name", path, error);
        var settingsPath = RecipeJson.Child(path, "Settings");
        JsonObject? partSettings = null;
        foreach (var (key, value) in Wrappers(json, settingsPath, error))
        {
            if (key.Equals("ContentPartSettings", StringComparison.OrdinalIgnoreCase))
            {
                partSettings = value;
                RecipeJson.CheckKeys(value, RecipeJson.Child(settingsPath, key), PartSettingsKeys, error);
            }
            else
            {
                error(RecipeJson.Child(settingsPath, key), RecipeJson.Unknown("part settings", key, ["ContentPartSettings"]));
            }
        }

        var displayName = RecipeJson.OptionalString(json, "DisplayName", path, error)
            ?? (partSettings is null ? null : RecipeJson.OptionalString(partSettings, "DisplayName", RecipeJson.Child(settingsPath, "ContentPartSettings"), error));
        var description = RecipeJson.OptionalString(json, "Description", path, error)
            ?? (partSettings is null ? null : RecipeJson.OptionalString(partSettings, "Description", RecipeJson.Child(settingsPath, "ContentPartSettings"), error));

        var fields = new List<ContentPartFieldDefinition>();
        foreach (var (record, recordPath, index) in Objects(json, "ContentPartFieldDefinitionRecords", error, path))
        {
            RecipeJson.CheckKeys(record, recordPath, FieldKeys, error);
            var fieldKind = RecipeJson.RequiredString(record, "FieldName", recordPath, error);
            var fieldName = RecipeJson.RequiredString(record, "Name", recordPath, error);
            if (fieldKind is null || fieldName is null)
            {
                continue;
            }

            var (kindSettings, extra) = SplitSettings(record, recordPath, $"{fieldKind}Settings", "ContentPartFieldSettings", FieldSettingsKeys, error);
            var extraPath = RecipeJson.Child(recordPath, "Settings.ContentPartFieldSettings");
            var label = extra is null ? null : RecipeJson.OptionalString(extra, "DisplayName", extraPath, error);
            fields.Add(new ContentPartFieldDefinition(fieldName, fieldKind, label ?? fieldName, kindSettings, Position(extra, extraPath, index, error)));
            fieldWrappers.Add((index, $"{fieldKind}Settings"));
        }

        return name is null ? null : new ContentPartDefinition(name, displayName ?? name, description ?? "", fields);
    }

    /// <summary>Splits a record's <c>Settings</c> into the kind's own settings (unwrapped) and the engine's display settings.</summary>
    private static (JsonObject? KindSettings, JsonObject? Display) SplitSettings(
        JsonObject record, string recordPath, string kindKey, string displayKey, string[] displayKeys, Action<string, string> error)
    {
        JsonObject? kindSettings = null;
        JsonObject? display = null;
        var settingsPath = RecipeJson.Child(recordPath, "Settings");
        foreach (var (key, value) in Wrappers(record, settingsPath, error))
        {
            var at = RecipeJson.Child(settingsPath, key);
            if (key.Equals(kindKey, StringComparison.OrdinalIgnoreCase))
            {
                kindSettings = (JsonObject)value.DeepClone();
            }
            else if (key.Equals(displayKey, StringComparison.OrdinalIgnoreCase))
            {
                display = value;
                RecipeJson.CheckKeys(value, at, displayKeys, error);
            }
            else
            {
                error(at, RecipeJson.Unknown("settings", key, [kindKey, displayKey]) + $" (settings of '{kindKey[..^"Settings".Length]}' go under '{kindKey}')");
            }
        }

        return (kindSettings, display);
    }

    /// <summary>The object-valued entries of a <c>Settings</c> object; anything else is reported.</summary>
    private static IEnumerable<(string Key, JsonObject Value)> Wrappers(JsonObject owner, string settingsPath, Action<string, string> error)
    {
        var settings = RecipeJson.Get(owner, "Settings");
        if (settings is null)
        {
            yield break;
        }

        if (settings is not JsonObject obj)
        {
            error(settingsPath, $"'Settings' must be an object, but it is {RecipeJson.Describe(settings)}");
            yield break;
        }

        foreach (var (key, value) in obj)
        {
            if (value is JsonObject wrapped)
            {
                yield return (key, wrapped);
            }
            else
            {
                error(RecipeJson.Child(settingsPath, key), $"'{key}' must be an object of settings, but it is {RecipeJson.Describe(value)}");
            }
        }
    }

    // Orchard writes positions as strings ("0"); numbers are accepted too. Without one, the order of the list is kept.
    private static int Position(JsonObject? display, string path, int fallback, Action<string, string> error)
    {
        var node = display is null ? null : RecipeJson.Get(display, "Position");
        if (node is null)
        {
            return fallback;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number))
        {
            return number;
        }

        if (RecipeJson.IsString(node) && int.TryParse(node.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        error(RecipeJson.Child(path, "Position"), $"'Position' must be a whole number, but it is {RecipeJson.Describe(node)}");
        return fallback;
    }

    private static OrphanedDataPolicy ReadOrphans(JsonObject step, Action<string, string> error)
    {
        var text = RecipeJson.OptionalString(step, "Orphans", "", error);
        if (text is null)
        {
            return OrphanedDataPolicy.Refuse;
        }

        if (Enum.TryParse<OrphanedDataPolicy>(text, ignoreCase: true, out var policy) && Enum.IsDefined(policy))
        {
            return policy;
        }

        error("Orphans", RecipeJson.Unknown("orphan policy", text, Enum.GetNames<OrphanedDataPolicy>()));
        return OrphanedDataPolicy.Refuse;
    }

    private static IEnumerable<(JsonObject Json, string Path, int Index)> Objects(JsonObject owner, string name, Action<string, string> error, string ownerPath = "")
    {
        var node = RecipeJson.Get(owner, name);
        var path = RecipeJson.Child(ownerPath, name);
        if (node is null)
        {
            yield break;
        }

        if (node is not JsonArray array)
        {
            error(path, $"'{name}' must be an array of objects, but it is {RecipeJson.Describe(node)}");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject obj)
            {
                yield return (obj, RecipeJson.Index(path, i), i);
            }
            else
            {
                error(RecipeJson.Index(path, i), $"expected an object, but it is {RecipeJson.Describe(array[i])}");
            }
        }
    }
}
