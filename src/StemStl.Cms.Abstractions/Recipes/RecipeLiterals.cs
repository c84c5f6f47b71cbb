using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace StemStl.Cms.Recipes;

/// <summary>
/// Keeps text literal inside a recipe: the runner replaces every <c>{{ name }}</c> in a string with a variable, and a
/// backslash before it keeps the braces. Writers of recipes from data (an export, an import) pass their text through here.
/// </summary>
public static partial class RecipeLiterals
{
    /// <summary><paramref name="text"/> with a backslash before each <c>{{ name }}</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Placeholder().Replace(text, match => "\\" + match.Value);
    }

    /// <summary>A copy of <paramref name="node"/> with every string value escaped; numbers, dates and booleans stay as they are.</summary>
    public static JsonNode Escape(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Escape(p.Value)))),
            JsonArray a => new JsonArray([.. a.Select(v => v is null ? null : Escape(v))]),
            JsonValue v when v.TryGetValue<string>(out var text) => JsonValue.Create(Escape(text)),
            _ => node.DeepClone(),
        };
    }

    [GeneratedRegex(@"\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();
}
