using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using StemStl.Cms.Content;

namespace StemStl.Cms.Admin.Editors;

/// <summary>What an input shows: what the user just posted when the form comes back with errors, else the item's value.</summary>
internal sealed class EditorValues(ContentItem item, IReadOnlyDictionary<string, StringValues>? posted)
{
    public string Text(EditorInput input)
    {
        if (posted is not null && posted.TryGetValue(input.Key, out var raw))
        {
            return raw.ToString();
        }

        var node = Node(input);
        return input.Kind switch
        {
            InputKind.Json => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "{}",
            InputKind.Lines => string.Join('\n', Strings(node)),
            InputKind.DateTimeUtc when node is JsonValue v && DateTime.TryParse(v.ToString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant) => instant.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            InputKind.Number when node is JsonValue v && v.TryGetValue<double>(out var number) => number.ToString(CultureInfo.InvariantCulture),
            _ => node is JsonValue value ? value.ToString() : "",
        };
    }

    public bool Checked(EditorInput input) => posted is not null
        ? posted.TryGetValue(input.Key, out var raw) && raw.Any(v => v == "true")
        : Node(input) is JsonValue v && v.TryGetValue<bool>(out var flag) && flag;

    public IReadOnlySet<string> Selected(EditorInput input)
    {
        if (posted is not null)
        {
            return posted.TryGetValue(input.Key, out var raw) ? raw.Where(v => v is not null).ToHashSet(StringComparer.Ordinal)! : new HashSet<string>();
        }

        return Strings(Node(input)).ToHashSet(StringComparer.Ordinal);
    }

    private JsonNode? Node(EditorInput input)
    {
        JsonNode? node = item.TryGetPart(input.PartName);
        foreach (var step in new[] { input.FieldName, input.Property }.Where(s => s is not null))
        {
            node = (node as JsonObject)?[step!];
        }

        return node;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.OfType<JsonValue>().Select(v => v.ToString()),
        JsonValue value when value.ToString() is { Length: > 0 } single => [single],
        _ => [],
    };
}
