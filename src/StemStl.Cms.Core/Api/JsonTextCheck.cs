using System.Text.Json.Nodes;

namespace StemStl.Cms.Api;

/// <summary>
/// Finds text in a parsed JSON body that cannot become a .NET string: a lone surrogate escape such as
/// <c>"\ud800"</c>, or bytes that are not UTF-8. The parser accepts both and only fails when the string is read, which
/// would surface deep inside a handler as an exception instead of a 400 that names the place.
/// </summary>
internal static class JsonTextCheck
{
    /// <summary>The JSON path of the first unreadable name or string, or null when every one reads.</summary>
    public static string? FirstInvalid(JsonNode? node)
    {
        try
        {
            switch (node)
            {
                case JsonObject json:
                    foreach (var (_, value) in json)
                    {
                        if (FirstInvalid(value) is { } inner)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (FirstInvalid(item) is { } inner)
                        {
                            return inner;
                        }
                    }

                    return null;
                case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                    _ = value.GetValue<string>();
                    return null;
                default:
                    return null;
            }
        }
        catch (InvalidOperationException)
        {
            return node?.GetPath() ?? "$";
        }
    }
}
