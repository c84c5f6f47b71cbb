using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StemStl.Cms.Recipes;

/// <summary>
/// Replaces <c>{{ name }}</c> in every string value of a step with the variable's value, whether the placeholder is the
/// whole string or part of it. Only a bare name between the braces is a variable, so Liquid-like expressions such as
/// <c>{{ ContentItem.DisplayText | slugify }}</c> pass through untouched; <c>\{{</c> keeps a bare name literal
/// (an Autoroute pattern <c>"\\{{ DisplayText }}"</c>). An unknown name is an error at the value's JSON path.
/// </summary>
internal static partial class RecipeVariables
{
    /// <summary>Built-in variable: the time the recipe run started, ISO-8601 UTC.</summary>
    public const string Now = "now";

    /// <summary>Variable the host passes for the site's name (first run, command line); recipes may also define it.</summary>
    public const string SiteName = "siteName";

    [GeneratedRegex(@"(\\?)\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>The variables a run sees: built-ins, then the recipe header's, then the caller's, later ones winning.</summary>
    public static Dictionary<string, string> Merge(
        DateTimeOffset now,
        IReadOnlyDictionary<string, string> header,
        IReadOnlyDictionary<string, string>? caller)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Now] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in header)
        {
            values[name] = value;
        }

        foreach (var (name, value) in caller ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return values;
    }

    /// <summary>A copy of <paramref name="node"/> with every placeholder replaced; unknown names are reported through <paramref name="error"/>.</summary>
    public static JsonNode? Substitute(JsonNode? node, IReadOnlyDictionary<string, string> values, string path, Action<string, string> error)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = Substitute(value, values, RecipeJson.Child(path, key), error);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    items.Add(Substitute(array[i], values, RecipeJson.Index(path, i), error));
                }

                return items;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(Replace(value.GetValue<string>(), values, path, error));
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>Replaces the placeholders of one string.</summary>
    public static string Replace(string text, IReadOnlyDictionary<string, string> values, string path, Action<string, string> error)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        return Placeholder().Replace(text, match =>
        {
            if (match.Groups[1].Length > 0)
            {
                return match.Value[1..];
            }

            var name = match.Groups[2].Value;
            if (values.TryGetValue(name, out var value))
            {
                return value;
            }

            error(path, RecipeJson.Unknown("variable", name, values.Keys)
                + " (define it in the recipe's \"variables\" or pass it with --var name=value; write \\{{ to keep the braces, e.g. in an Autoroute pattern)");
            return match.Value;
        });
    }
}
