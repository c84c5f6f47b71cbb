using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.ContentFields;

/// <summary>
/// Reads a field's JSON strictly while validating (a value of the wrong JSON type is reported with code <c>type</c>)
/// and leniently afterwards, when normalising and indexing a value that validation already accepted.
/// </summary>
internal static class FieldJson
{
    public const string TypeCode = "type";
    public const string RequiredCode = "required";

    /// <summary>The field's object, or null when the item does not hold the field; false when it is not an object.</summary>
    public static bool TryObject(ContentFieldContext context, string example, out JsonObject? value)
    {
        value = null;
        switch (context.RawValue)
        {
            case null:
                return true;
            case JsonObject obj:
                value = obj;
                return true;
            default:
                context.Fail($"the field's value must be a JSON object like {example}, but it is {ContentJson.Describe(context.RawValue)}.", TypeCode);
                return false;
        }
    }

    public static bool TryString(ContentFieldContext context, JsonObject? value, string name, out string? text)
    {
        text = null;
        var node = value?[name];
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

    public static bool TryNumber(ContentFieldContext context, JsonObject? value, string name, out double? number)
    {
        number = null;
        var node = value?[name];
        if (ContentJson.Kind(node) is JsonValueKind.Null)
        {
            return true;
        }

        if (ContentJson.Kind(node) is not JsonValueKind.Number)
        {
            return WrongType(context, name, "number", node);
        }

        var parsed = ContentJson.Number(node!);
        if (!double.IsFinite(parsed))
        {
            context.Fail($"'{name}' is too large to store as a number.", "range");
            return false;
        }

        number = parsed;
        return true;
    }

    public static bool TryBoolean(ContentFieldContext context, JsonObject? value, string name, out bool? flag)
    {
        flag = null;
        var node = value?[name];
        switch (ContentJson.Kind(node))
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.True or JsonValueKind.False:
                flag = ContentJson.Kind(node) is JsonValueKind.True;
                return true;
            default:
                return WrongType(context, name, "boolean (true or false)", node);
        }
    }

    /// <summary>An array of strings; an empty list when absent.</summary>
    public static bool TryStrings(ContentFieldContext context, JsonObject? value, string name, out IReadOnlyList<string> items)
    {
        items = [];
        var node = value?[name];
        if (ContentJson.Kind(node) is JsonValueKind.Null)
        {
            return true;
        }

        if (node is not JsonArray array)
        {
            return WrongType(context, name, "array of strings", node);
        }

        var list = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (ContentJson.Kind(array[i]) is not JsonValueKind.String)
            {
                return WrongType(context, $"{name}[{i}]", "string", array[i]);
            }

            list.Add(array[i]!.GetValue<string>());
        }

        items = list;
        return true;
    }

    public static IEnumerable<string> Strings(JsonObject? value, string name) =>
        value?[name] is JsonArray array
            ? array.Where(n => ContentJson.Kind(n) is JsonValueKind.String).Select(n => n!.GetValue<string>())
            : [];

    private static bool WrongType(ContentFieldContext context, string name, string expected, JsonNode? node)
    {
        context.Fail($"'{name}' must be a JSON {expected}, but it is {ContentJson.Describe(node)}.", TypeCode);
        return false;
    }
}
