using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StemStl.Cms.Definitions;

/// <summary>
/// Turns the JSON settings of a part or field into its settings record, strictly: an unknown name or a
/// value of the wrong JSON type is an error at its path, with a suggestion when a known name is close.
/// </summary>
public static class SettingsParser
{
    /// <summary>Options for settings records: PascalCase names as in Orchard recipes, matched case-insensitively.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly ConditionalWeakTable<JsonObject, Dictionary<Type, object>> Cache = [];
    private static readonly Dictionary<Type, object> Defaults = [];
    private static readonly Lock DefaultsLock = new();

    /// <summary>Parses <paramref name="settings"/> as <paramref name="type"/>; on error reports it and returns the defaults.</summary>
    public static object Parse(Type type, JsonObject? settings, string path, ICollection<DefinitionError> errors)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(errors);
        if (settings is null || settings.Count == 0)
        {
            return Default(type);
        }

        var known = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || p.SetMethod is not null)
            .Select(p => p.Name)
            .ToList();
        var before = errors.Count;
        foreach (var (name, _) in settings)
        {
            if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var hint = NameSuggestion.Closest(name, known);
                var suffix = hint is null
                    ? known.Count == 0 ? " (it takes no settings)" : $"; known settings: {string.Join(", ", known)}"
                    : $"; did you mean '{hint}'?";
                errors.Add(new DefinitionError($"{path}.{name}", $"unknown setting '{name}'{suffix}"));
            }
        }

        if (errors.Count > before)
        {
            return Default(type);
        }

        try
        {
            return settings.Deserialize(type, Options) ?? Default(type);
        }
        catch (JsonException ex)
        {
            var at = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? path : path + ex.Path.TrimStart('$');
            errors.Add(new DefinitionError(at, $"setting has the wrong type: {FirstSentence(ex.Message)}"));
            return Default(type);
        }
    }

    /// <summary>Parses settings already accepted by validation, caching the result per JSON object.</summary>
    public static object Cached(Type type, JsonObject? settings)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (settings is null)
        {
            return Default(type);
        }

        var perType = Cache.GetValue(settings, _ => []);
        lock (perType)
        {
            if (!perType.TryGetValue(type, out var parsed))
            {
                var errors = new List<DefinitionError>();
                parsed = Parse(type, settings, "Settings", errors);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException(
                        $"Stored settings do not parse as {type.Name}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}"))}");
                }

                perType[type] = parsed;
            }

            return parsed;
        }
    }

    private static object Default(Type type)
    {
        lock (DefaultsLock)
        {
            if (!Defaults.TryGetValue(type, out var value))
            {
                value = JsonSerializer.Deserialize("{}", type, Options)
                    ?? throw new InvalidOperationException($"Settings type {type.Name} cannot be created from an empty object.");
                Defaults[type] = value;
            }

            return value;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
