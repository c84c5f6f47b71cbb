using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using StemStl.Cms.Content;

namespace StemStl.Cms.Api;

/// <summary>
/// The REST shape of a content item: Orchard Core's flat JSON, where the item's own properties sit beside one
/// property per part (<c>{"ContentItemId":"…","ContentType":"Article","TitlePart":{"Title":"…"}}</c>). Reads and
/// writes use the same shape, so an item fetched with GET can be edited and posted back as it is.
/// </summary>
internal static class ContentItemJson
{
    public const string ShapeDescription =
        "Content items use Orchard Core's flat JSON: the item's properties (ContentItemId, ContentItemVersionId, ContentType, " +
        "DisplayText, Number, Latest, Published, Owner, Author, CreatedUtc, ModifiedUtc, PublishedUtc) sit beside one " +
        "property per part, named as the part is attached to the type (e.g. \"TitlePart\": {\"Title\": \"…\"}, " +
        "\"Article\": {\"Body\": {\"Text\": \"…\"}}). On create and update only ContentItemId, ContentItemVersionId, ContentType, " +
        "DisplayText and the parts are read; the other properties are set by the server and ignored. An update replaces each part " +
        "it sends and keeps the parts it leaves out; it must send ContentItemVersionId, the version the change was made against.";

    private static readonly HashSet<string> ServerSet = new(StringComparer.Ordinal)
    {
        "Number", "Latest", "Published", "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc",
    };

    private static readonly JsonDocumentOptions ParseOptions = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    public static JsonObject Write(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ToFlatJson();
    }

    /// <summary>Reads the request body into an item input, or says what is wrong with it and where.</summary>
    public static async Task<ContentBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, documentOptions: ParseOptions, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            return ContentBody.Malformed(
                $"The body is not valid JSON: {exception.Message} Send a JSON object describing a content item.",
                exception.Path, exception.LineNumber + 1, exception.BytePositionInLine + 1);
        }

        if (JsonTextCheck.FirstInvalid(node) is { } badText)
        {
            return ContentBody.Malformed(
                $"The text at {badText} is not valid Unicode (a lone surrogate escape or bytes that are not UTF-8). Send the body as UTF-8 JSON.",
                badText, null, null);
        }

        if (node is not JsonObject json)
        {
            return ContentBody.Malformed(
                $"The body must be a JSON object describing a content item; it is {Describe(node)}.", "$", null, null);
        }

        var errors = new List<ContentValidationError>();
        var parts = new JsonObject();
        string? id = null, versionId = null, type = null, displayText = null;
        foreach (var (name, value) in json)
        {
            switch (name)
            {
                case "ContentItemId":
                    id = ReadString(value, name, errors);
                    break;
                case "ContentItemVersionId":
                    versionId = ReadString(value, name, errors);
                    break;
                case "ContentType":
                    type = ReadString(value, name, errors);
                    break;
                case "DisplayText":
                    displayText = ReadString(value, name, errors);
                    break;
                default:
                    if (ServerSet.Contains(name))
                    {
                        break;
                    }

                    if (value is not JsonObject part)
                    {
                        errors.Add(new ContentValidationError(name,
                            $"'{name}' is read as a part and must be a JSON object of fields; it is {Describe(value)}.", "type"));
                        break;
                    }

                    parts[name] = part.DeepClone();
                    break;
            }
        }

        return errors.Count > 0
            ? ContentBody.Invalid(errors)
            : new ContentBody(new ContentItemInput(Blank(id), Blank(versionId), Blank(type), displayText, parts), null, null);
    }

    /// <summary>Copies the input's display text and parts onto <paramref name="item"/>; parts not sent are kept.</summary>
    public static void Apply(ContentItemInput input, ContentItem item)
    {
        if (input.DisplayText is not null)
        {
            item.DisplayText = input.DisplayText;
        }

        foreach (var (name, part) in input.Parts)
        {
            item.Content[name] = part?.DeepClone();
        }
    }

    private static string? ReadString(JsonNode? value, string name, List<ContentValidationError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String)
        {
            return scalar.GetValue<string>();
        }

        errors.Add(new ContentValidationError(name, $"'{name}' must be a string; it is {Describe(value)}.", "type"));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        var kind => kind.ToString()!.ToLowerInvariant(),
    };
}

/// <summary>What a client sent for an item: its identity, display text and parts.</summary>
internal sealed record ContentItemInput(string? ContentItemId, string? ContentItemVersionId, string? ContentType, string? DisplayText, JsonObject Parts);

/// <summary>The body of a write: the input, or why it could not be read.</summary>
internal sealed record ContentBody(ContentItemInput? Input, MalformedBody? Problem, IReadOnlyList<ContentValidationError>? Errors)
{
    public static ContentBody Malformed(string detail, string? path, long? line, long? position) =>
        new(null, new MalformedBody(detail, path, line, position), null);

    public static ContentBody Invalid(IReadOnlyList<ContentValidationError> errors) => new(null, null, errors);
}

/// <summary>A body that is not JSON or not an object: the JSON path, line and column (both from 1) where reading stopped.</summary>
internal sealed record MalformedBody(string Detail, string? Path, long? Line, long? Column);
