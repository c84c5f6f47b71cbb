using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Definitions;

/// <summary>Stores definitions as JSON rows and hashes a whole set of them.</summary>
internal static class DefinitionSerializer
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(ContentTypeDefinition type) => JsonSerializer.Serialize(type, Options);

    public static string Serialize(ContentPartDefinition part) => JsonSerializer.Serialize(part, Options);

    public static ContentTypeDefinition DeserializeType(string json) =>
        JsonSerializer.Deserialize<ContentTypeDefinition>(json, Options)
        ?? throw new InvalidOperationException("A stored content type definition is empty.");

    public static ContentPartDefinition DeserializePart(string json) =>
        JsonSerializer.Deserialize<ContentPartDefinition>(json, Options)
        ?? throw new InvalidOperationException("A stored content part definition is empty.");

    /// <summary>
    /// SHA-256 over a canonical form: definitions ordered by name and every object's keys sorted, so the hash depends
    /// only on what the definitions say, not on the order they were written in.
    /// </summary>
    public static string Hash(IReadOnlyDictionary<string, ContentTypeDefinition> types, IReadOnlyDictionary<string, ContentPartDefinition> parts)
    {
        var root = new JsonObject
        {
            ["Types"] = new JsonArray([.. types.Values.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => JsonSerializer.SerializeToNode(t, Options))]),
            ["Parts"] = new JsonArray([.. parts.Values.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => JsonSerializer.SerializeToNode(p, Options))]),
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteCanonical(writer, root);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteCanonical(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    /// <summary>A short description for error messages and audit details.</summary>
    public static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
