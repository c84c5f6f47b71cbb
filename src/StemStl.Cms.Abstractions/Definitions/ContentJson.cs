using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StemStl.Cms.Definitions;

/// <summary>Lenient reads of content JSON that parts and fields share: absent and wrong-typed values read as null.</summary>
public static class ContentJson
{
    /// <summary>The JSON kind of <paramref name="node"/>; a missing node is <see cref="JsonValueKind.Null"/>.</summary>
    public static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>"an object", "a string" and so on, for error messages.</summary>
    public static string Describe(JsonNode? node) => Kind(node) switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>The string property <paramref name="name"/>, or null when it is absent or not a string.</summary>
    public static string? Text(JsonObject? value, string name) =>
        Kind(value?[name]) is JsonValueKind.String ? value![name]!.GetValue<string>() : null;

    /// <summary>The number property <paramref name="name"/>, or null when it is absent or not a number.</summary>
    public static double? Number(JsonObject? value, string name) =>
        Kind(value?[name]) is JsonValueKind.Number ? Number(value![name]!) : null;

    /// <summary>A JSON number as a double. Values built in code do not always convert, so it falls back to the JSON text.</summary>
    public static double Number(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.AsValue().TryGetValue<double>(out var number)
            ? number
            : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
