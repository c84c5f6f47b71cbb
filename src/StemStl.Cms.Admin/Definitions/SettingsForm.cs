using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Admin.Definitions;

/// <summary>
/// Edits a part or field kind's settings record as plain inputs, read from the record's properties, so a module's own
/// kind gets a form without the admin knowing it. Values equal to the record's defaults are left out of the JSON.
/// </summary>
internal static class SettingsForm
{
    public static IReadOnlyList<SettingInput> Describe(Type settingsType) =>
    [
        .. Properties(settingsType).Select(p =>
        {
            var type = System.Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var nullable = type != p.PropertyType;
            var kind = type switch
            {
                _ when type == typeof(bool) => nullable ? SettingInputKind.YesNo : SettingInputKind.Checkbox,
                _ when type == typeof(string) => SettingInputKind.Text,
                _ when type.IsEnum => SettingInputKind.Choice,
                _ when IsNumber(type) => SettingInputKind.Number,
                _ when typeof(IEnumerable<string>).IsAssignableFrom(type) => SettingInputKind.Lines,
                _ => SettingInputKind.Json,
            };
            return new SettingInput(p.Name, Label(p.Name), kind, nullable, type.IsEnum ? Enum.GetNames(type) : []);
        }),
    ];

    /// <summary>The form values of <paramref name="settings"/> under <paramref name="prefix"/>, defaults filled in.</summary>
    public static Dictionary<string, string> Values(Type settingsType, JsonObject? settings, string prefix)
    {
        var parsed = SettingsParser.Parse(settingsType, settings, prefix, new List<DefinitionError>());
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (property, input) in Properties(settingsType).Zip(Describe(settingsType)))
        {
            values[input.Key(prefix)] = Format(property.GetValue(parsed), input.Kind);
        }

        return values;
    }

    /// <summary>
    /// The settings JSON from the posted <paramref name="form"/>; a number or JSON value that does not parse is an error
    /// on its input, and the setting is left out so the definition manager reports nothing twice.
    /// </summary>
    public static JsonObject? Read(Type settingsType, string prefix, IReadOnlyDictionary<string, string> form, ModelStateDictionary modelState)
    {
        var defaults = SettingsParser.Parse(settingsType, null, prefix, new List<DefinitionError>());
        var json = new JsonObject();
        foreach (var (property, input) in Properties(settingsType).Zip(Describe(settingsType)))
        {
            var key = input.Key(prefix);
            var raw = (form.GetValueOrDefault(key) ?? "").Trim();
            JsonNode? node;
            try
            {
                node = Parse(raw, input, property.PropertyType);
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                modelState.AddModelError(key, e.Message);
                continue;
            }

            var fallback = JsonSerializer.SerializeToNode(property.GetValue(defaults), property.PropertyType, SettingsParser.Options);
            if (node is not null && !JsonNode.DeepEquals(node, fallback))
            {
                json[property.Name] = node;
            }
        }

        return json.Count == 0 ? null : json;
    }

    private static JsonNode? Parse(string raw, SettingInput input, Type type)
    {
        switch (input.Kind)
        {
            case SettingInputKind.Checkbox:
                return JsonValue.Create(raw == "true");
            case SettingInputKind.YesNo:
                return raw.Length == 0 ? null : JsonValue.Create(raw == "true");
            case SettingInputKind.Lines:
                return new JsonArray([.. raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode)l)]);
            case SettingInputKind.Json:
                return raw.Length == 0 ? null : JsonNode.Parse(raw) ?? throw new FormatException("Write a JSON value, or leave it empty for the default.");
            case SettingInputKind.Number when raw.Length > 0:
                var integral = (System.Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(short));
                if (integral && long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
                {
                    return JsonValue.Create(whole);
                }

                if (!integral && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                throw new FormatException($"'{raw}' is not a {(integral ? "whole number" : "number")}; write digits, e.g. {(integral ? "10" : "2.5")}, or leave it empty.");
            default:
                return raw.Length == 0 ? null : JsonValue.Create(raw);
        }
    }

    private static string Format(object? value, SettingInputKind kind) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        string s => s,
        IFormattable f when kind == SettingInputKind.Number => f.ToString(null, CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IEnumerable<string> lines when kind == SettingInputKind.Lines => string.Join('\n', lines),
        _ => JsonSerializer.Serialize(value, SettingsParser.Options),
    };

    private static IEnumerable<PropertyInfo> Properties(Type settingsType) => settingsType
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.MetadataToken);

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    // "MaxLength" reads as "Max length".
    private static string Label(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
