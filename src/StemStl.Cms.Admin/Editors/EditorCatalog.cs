using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Admin.Editors;

/// <summary>
/// Maps each part and field kind to the inputs that edit it, in one place. A kind this catalog does not know (a
/// module's own) gets a JSON editor for its whole value, so nothing is ever uneditable.
/// </summary>
internal static class EditorCatalog
{
    public static IEnumerable<EditorInput> ForPart(string partName, string partKind, JsonObject? settings) => partKind switch
    {
        "TitlePart" => [new(partName, null, "Title", InputKind.Text, "Title") { Required = true, MaxLength = 1024 }],
        "AutoroutePart" => [new(partName, null, "Path", InputKind.Text, "Path") { Hint = "Leave empty to have it made from the title." }],
        "MarkdownBodyPart" => [new(partName, null, "Markdown", InputKind.Markdown, "Body")],
        "HtmlBodyPart" => [new(partName, null, "Html", InputKind.Html, "Body (HTML)")],
        "PublishLaterPart" => [new(partName, null, "ScheduledPublishUtc", InputKind.DateTimeUtc, "Publish at (UTC)") { Hint = "Save as a draft with a time here to publish it then." }],
        "UnpublishLaterPart" => [new(partName, null, "ScheduledUnpublishUtc", InputKind.DateTimeUtc, "Unpublish at (UTC)")],
        "ContainedPart" =>
        [
            new(partName, null, "ListContentItemId", InputKind.ContentPicker, "In list"),
            new(partName, null, "Order", InputKind.Number, "Position in the list") { Step = 1, Minimum = 0 },
        ],
        _ => [new(partName, null, null, InputKind.Json, partName) { Hint = "This part is edited as JSON." }],
    };

    public static IEnumerable<EditorInput> ForField(string partName, ContentPartFieldDefinition field)
    {
        var s = field.Settings;
        var label = string.IsNullOrWhiteSpace(field.DisplayName) ? field.Name : field.DisplayName;
        EditorInput Input(string? property, InputKind kind, string? suffix = null) =>
            new(partName, field.Name, property, kind, suffix is null ? label : $"{label}: {suffix}")
            {
                Hint = Text(s, "Hint"),
                Required = Flag(s, "Required"),
            };

        return field.FieldName switch
        {
            "TextField" when Strings(s, "Options") is { Count: > 0 } options =>
                [Input("Text", InputKind.Choice) with { Options = [.. options.Select(o => new EditorOption(o, o))] }],
            "TextField" => [Input("Text", InputKind.Text) with { MaxLength = (int?)ContentJson.Number(s, "MaxLength") }],
            "MarkdownField" => [Input("Markdown", InputKind.Markdown)],
            "HtmlField" => [Input("Html", InputKind.Html)],
            "NumericField" => [Input("Value", InputKind.Number) with
            {
                Minimum = ContentJson.Number(s, "Minimum"),
                Maximum = ContentJson.Number(s, "Maximum"),
                Step = ContentJson.Number(s, "Scale") is { } scale ? Math.Pow(10, -scale) : null,
            }],
            "BooleanField" => [Input("Value", InputKind.Checkbox) with { Required = false }],
            "DateField" => [Input("Value", InputKind.Date)],
            "DateTimeField" => [Input("Value", InputKind.DateTimeUtc) with { Label = label + " (UTC)" }],
            "LinkField" => [Input("Url", InputKind.Url, "address"), Input("Text", InputKind.Text, "link text") with { Required = false }],
            "ContentPickerField" => [Input("ContentItemIds", InputKind.ContentPicker) with { Multiple = Flag(s, "Multiple") }],
            "TaxonomyField" => [Input("TermContentItemIds", InputKind.Terms) with { Multiple = !Flag(s, "Unique") }],
            "MultiTextField" when Strings(s, "Options") is { Count: > 0 } options =>
                [Input("Values", InputKind.Choices) with { Options = [.. options.Select(o => new EditorOption(o, o))], Multiple = s?["Multiple"] is null || Flag(s, "Multiple") }],
            "MultiTextField" => [Input("Values", InputKind.Lines) with { Hint = Text(s, "Hint") ?? "One value per line." }],
            "MediaField" => [Input("Paths", InputKind.Lines) with
            {
                Hint = Text(s, "Hint") ?? "One media library path per line.",
                MediaLibrary = true,
                Multiple = s?["Multiple"] is null || Flag(s, "Multiple"),
            }],
            "GeoPointField" =>
            [
                Input("Latitude", InputKind.Number, "latitude") with { Minimum = -90, Maximum = 90, Step = 0.000001 },
                Input("Longitude", InputKind.Number, "longitude") with { Minimum = -180, Maximum = 180, Step = 0.000001 },
            ],
            _ => [Input(null, InputKind.Json) with { Hint = $"A {field.FieldName} is edited as JSON." }],
        };
    }

    /// <summary>The content types a picker offers, from the field's settings; empty means every type.</summary>
    public static IReadOnlyList<string> PickableTypes(JsonObject? settings) => Strings(settings, "DisplayedContentTypes");

    public static string? Text(JsonObject? settings, string name) => ContentJson.Text(settings, name);

    private static bool Flag(JsonObject? settings, string name) =>
        settings?[name] is JsonValue v && v.TryGetValue<bool>(out var flag) && flag;

    private static IReadOnlyList<string> Strings(JsonObject? settings, string name) =>
        settings?[name] is JsonArray array ? [.. array.OfType<JsonValue>().Select(v => v.ToString())] : [];
}
