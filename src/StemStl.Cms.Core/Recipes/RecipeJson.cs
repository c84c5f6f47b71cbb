using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Recipes;

/// <summary>Small helpers for reading recipe JSON strictly while reporting problems at JSON paths.</summary>
internal static class RecipeJson
{
    /// <summary>The path of property <paramref name="name"/> below <paramref name="path"/> (the step itself is the empty path).</summary>
    public static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>A property by name; Orchard recipes are read case-insensitively, so an exact match wins, then any casing.</summary>
    public static JsonNode? Get(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Reports every property of <paramref name="obj"/> that is not in <paramref name="allowed"/>, with a suggestion when one is close.</summary>
    public static void CheckKeys(JsonObject obj, string path, IReadOnlyCollection<string> allowed, Action<string, string> error)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                error(Child(path, key), Unknown("property", key, allowed));
            }
        }
    }

    /// <summary>"unknown part 'TitelPart'; did you mean 'TitlePart'?", or the known names when none is close.</summary>
    public static string Unknown(string what, string name, IEnumerable<string> known, string? where = null)
    {
        var candidates = known.ToList();
        var unknown = where is null ? $"unknown {what} '{name}'" : $"unknown {what} '{name}' {where}";
        var hint = NameSuggestion.Closest(name, candidates);
        if (hint is not null)
        {
            return $"{unknown}; did you mean '{hint}'?";
        }

        return candidates.Count is > 0 and <= 12
            ? $"{unknown}; expected one of: {string.Join(", ", candidates.Order(StringComparer.Ordinal))}"
            : unknown;
    }

    public static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    public static bool IsBoolean(JsonNode? node) => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    /// <summary>A required, non-empty string; reports it missing or of the wrong type.</summary>
    public static string? RequiredString(JsonObject obj, string name, string path, Action<string, string> error)
    {
        var node = Get(obj, name);
        if (node is null)
        {
            error(path, $"'{name}' is required");
            return null;
        }

        if (!IsString(node) || node.GetValue<string>().Trim().Length == 0)
        {
            error(Child(path, name), $"'{name}' must be a non-empty string, but it is {Describe(node)}");
            return null;
        }

        return node.GetValue<string>();
    }

    /// <summary>An optional string; null when absent, reported when of the wrong type.</summary>
    public static string? OptionalString(JsonObject obj, string name, string path, Action<string, string> error)
    {
        var node = Get(obj, name);
        if (node is null)
        {
            return null;
        }

        if (!IsString(node))
        {
            error(Child(path, name), $"'{name}' must be a string, but it is {Describe(node)}");
            return null;
        }

        return node.GetValue<string>();
    }

    /// <summary>An optional array of strings; empty when absent, with every wrong element reported.</summary>
    public static List<(string Value, string Path)> StringArray(JsonObject obj, string name, string path, Action<string, string> error)
    {
        var result = new List<(string, string)>();
        var node = Get(obj, name);
        var at = Child(path, name);
        if (node is null)
        {
            return result;
        }

        if (node is not JsonArray array)
        {
            error(at, $"'{name}' must be an array of strings, but it is {Describe(node)}");
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (IsString(array[i]))
            {
                result.Add((array[i]!.GetValue<string>(), Index(at, i)));
            }
            else
            {
                error(Index(at, i), $"expected a string, but it is {Describe(array[i])}");
            }
        }

        return result;
    }

    /// <summary>How a value reads in an error message: "a number", "an array", "null".</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"the string \"{v.GetValue<string>()}\"",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the boolean {v.ToJsonString()}",
            _ => "null",
        },
        _ => "a value",
    };
}
