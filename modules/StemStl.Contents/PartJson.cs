using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Contents;

/// <summary>
/// Reads a part's own properties strictly while validating (a wrong JSON type fails with code <c>type</c> at
/// <c>Part.Property</c>) and leniently when normalising and indexing values validation already accepted.
/// </summary>
internal static class PartJson
{
    public const string TypeCode = "type";
    public const string RequiredCode = "required";

    public static bool TryString(ContentElementContext context, JsonObject part, string name, out string? text)
    {
        text = null;
        var node = part[name];
        if (ContentJson.Kind(node) is JsonValueKind.Null)
        {
            return true;
        }

        if (ContentJson.Kind(node) is not JsonValueKind.String)
        {
            return WrongType(context, name, "string", node);
        }

        text = node!.GetValue<string>();
        return true;
    }

    public static bool TryNumber(ContentElementContext context, JsonObject part, string name, out double? number)
    {
        number = null;
        var node = part[name];
        if (ContentJson.Kind(node) is JsonValueKind.Null)
        {
            return true;
        }

        if (ContentJson.Kind(node) is not JsonValueKind.Number)
        {
            return WrongType(context, name, "number", node);
        }

        number = ContentJson.Number(node!);
        return true;
    }

    public static bool TryArray(ContentElementContext context, JsonObject part, string name, out JsonArray? array)
    {
        array = null;
        var node = part[name];
        if (ContentJson.Kind(node) is JsonValueKind.Null)
        {
            return true;
        }

        array = node as JsonArray;
        return array is not null || WrongType(context, name, "array", node);
    }

    public static bool WrongType(ContentElementContext context, string name, string expected, JsonNode? node)
    {
        context.Fail($"'{name}' must be a JSON {expected}, but it is {ContentJson.Describe(node)}.", TypeCode, name);
        return false;
    }
}
