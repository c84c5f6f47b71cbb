using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using StemStl.Cms.Content;

namespace StemStl.Cms.Admin.Editors;

/// <summary>
/// Writes a posted editor form into an item's parts. Values the form cannot turn into JSON (a number that is not one,
/// JSON that does not parse) come back as errors keyed by input, and the item's other values are left as they were.
/// </summary>
internal static class ContentFormReader
{
    public static Dictionary<string, string> Apply(IEnumerable<EditorGroup> groups, IFormCollection form, ContentItem item)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in groups.SelectMany(g => g.Inputs))
        {
            var raw = form[input.Key];
            if (Read(input, raw, out var value) is { } error)
            {
                errors[input.Key] = error;
                continue;
            }

            Write(item, input, value);
        }

        return errors;
    }

    private static string? Read(EditorInput input, Microsoft.Extensions.Primitives.StringValues raw, out JsonNode? value)
    {
        var text = raw.ToString().Trim();
        value = null;
        switch (input.Kind)
        {
            case InputKind.Number:
                if (text.Length == 0)
                {
                    return null;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    return $"'{text}' is not a number; write it with digits and a decimal point, e.g. 12.5.";
                }

                value = number;
                return null;
            case InputKind.Checkbox:
                value = raw.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));
                return null;
            case InputKind.DateTimeUtc:
                if (text.Length == 0)
                {
                    return null;
                }

                if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var instant))
                {
                    return $"'{text}' is not a date and time; pick one, or write it like 2026-05-01T14:30.";
                }

                value = instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                return null;
            case InputKind.Date:
                value = text.Length == 0 ? null : text;
                return null;
            case InputKind.Choices or InputKind.Terms:
                value = new JsonArray([.. raw.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Select(v => (JsonNode)v!)]);
                return null;
            case InputKind.ContentPicker when input.FieldName is null:
                value = text.Length == 0 ? null : text;
                return null;
            case InputKind.ContentPicker:
                value = new JsonArray([.. raw.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .Distinct(StringComparer.Ordinal).Select(v => (JsonNode)v)]);
                return null;
            case InputKind.Lines:
                value = new JsonArray([.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v)]);
                return null;
            case InputKind.Json:
                return ReadJson(text, out value);
            default:
                // Text, Markdown and HTML keep their inner spacing; only the ends were trimmed above for the checks.
                value = raw.ToString();
                return null;
        }
    }

    private static string? ReadJson(string text, out JsonNode? value)
    {
        value = null;
        if (text.Length == 0)
        {
            value = new JsonObject();
            return null;
        }

        try
        {
            value = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            return $"This is not valid JSON: {ex.Message}";
        }

        return value is JsonObject ? null : "Write a JSON object, e.g. {\"Text\": \"…\"}.";
    }

    private static void Write(ContentItem item, EditorInput input, JsonNode? value)
    {
        var part = item.Part(input.PartName);
        if (input.FieldName is null && input.Property is null)
        {
            item.Content[input.PartName] = value;
            return;
        }

        var target = part;
        if (input.FieldName is not null)
        {
            if (input.Property is null)
            {
                part[input.FieldName] = value;
                return;
            }

            if (part[input.FieldName] is not JsonObject field)
            {
                field = [];
                part[input.FieldName] = field;
            }

            target = field;
        }

        if (value is null)
        {
            target.Remove(input.Property!);
        }
        else
        {
            target[input.Property!] = value;
        }
    }
}
