using GraphQL.Types;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// The GraphQL object type of each built-in part and field kind, created once per schema. A kind this map does not
/// know (a module's own) is served as its JSON text, so every stored value stays readable.
/// </summary>
internal sealed class KindTypes
{
    private static readonly Dictionary<string, JsonProperty[]> Parts = new(StringComparer.Ordinal)
    {
        ["TitlePart"] = [new("title", "Title", JsonKind.Text)],
        ["AutoroutePart"] = [new("path", "Path", JsonKind.Text)],
        ["MarkdownBodyPart"] = [new("markdown", "Markdown", JsonKind.Text), new("html", "Html", JsonKind.Text, Computed: true)],
        ["HtmlBodyPart"] = [new("html", "Html", JsonKind.Text)],
        ["PublishLaterPart"] = [new("scheduledPublishUtc", "ScheduledPublishUtc", JsonKind.Text)],
        ["UnpublishLaterPart"] = [new("scheduledUnpublishUtc", "ScheduledUnpublishUtc", JsonKind.Text)],
        ["ContainedPart"] = [new("listContentItemId", "ListContentItemId", JsonKind.Text), new("order", "Order", JsonKind.Number)],
        ["ListPart"] = [],
    };

    private static readonly Dictionary<string, JsonProperty[]> Fields = new(StringComparer.Ordinal)
    {
        ["TextField"] = [new("text", "Text", JsonKind.Text)],
        ["MarkdownField"] = [new("markdown", "Markdown", JsonKind.Text), new("html", "Html", JsonKind.Text, Computed: true)],
        ["HtmlField"] = [new("html", "Html", JsonKind.Text)],
        ["NumericField"] = [new("value", "Value", JsonKind.Number)],
        ["BooleanField"] = [new("value", "Value", JsonKind.Boolean)],
        ["DateField"] = [new("value", "Value", JsonKind.Text)],
        ["DateTimeField"] = [new("value", "Value", JsonKind.Text)],
        ["LinkField"] = [new("url", "Url", JsonKind.Text), new("text", "Text", JsonKind.Text), new("target", "Target", JsonKind.Text)],
        ["TaxonomyField"] = [new("taxonomyContentItemId", "TaxonomyContentItemId", JsonKind.Text), new("termContentItemIds", "TermContentItemIds", JsonKind.TextList)],
        ["MediaField"] = [new("paths", "Paths", JsonKind.TextList)],
        ["GeoPointField"] = [new("latitude", "Latitude", JsonKind.Number), new("longitude", "Longitude", JsonKind.Number)],
        ["MultiTextField"] = [new("values", "Values", JsonKind.TextList)],
        ["ContentPickerField"] = [new("contentItemIds", "ContentItemIds", JsonKind.TextList)],
    };

    /// <summary>The stored properties of a built-in part or field kind, or null for a kind served as JSON.</summary>
    public static IReadOnlyList<JsonProperty>? PropertiesOf(string kind, bool part) =>
        (part ? Parts : Fields).GetValueOrDefault(kind);

    private readonly Dictionary<string, ObjectGraphType> _created = new(StringComparer.Ordinal);
    private ObjectGraphType? _json;

    /// <summary>Every type created so far, to register with the schema.</summary>
    public IEnumerable<IGraphType> All => _created.Values.Concat(_json is null ? [] : [_json]);

    /// <summary>The type of a part kind; <paramref name="extend"/> may add fields (relations) when the type is first made.</summary>
    public ObjectGraphType ForPart(string kind, Action<ObjectGraphType>? extend = null) => For(Parts, kind, $"The {kind}.", extend);

    /// <summary>The type of a field kind; <paramref name="extend"/> may add fields (relations) when the type is first made.</summary>
    public ObjectGraphType ForField(string kind, Action<ObjectGraphType>? extend = null) => For(Fields, kind, $"A {kind} value.", extend);

    private ObjectGraphType For(Dictionary<string, JsonProperty[]> kinds, string kind, string description, Action<ObjectGraphType>? extend)
    {
        if (!kinds.TryGetValue(kind, out var properties))
        {
            return Json();
        }

        var known = _created.ContainsKey(kind);
        var type = Get(kind, description, properties);
        if (!known)
        {
            extend?.Invoke(type);
        }

        return type;
    }

    private ObjectGraphType Get(string name, string description, IEnumerable<JsonProperty> properties)
    {
        if (!_created.TryGetValue(name, out var type))
        {
            type = JsonObjectTypes.Create(name, description, properties);
            _created[name] = type;
        }

        return type;
    }

    private ObjectGraphType Json() => _json ??= JsonObjectTypes.Create("JsonValue", "A value of a kind the schema has no type for, as JSON text.", [new JsonProperty("json", "", JsonKind.Json)]);
}
