using System.Text.Json.Nodes;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// One property of a JSON-backed object type: its GraphQL name, the JSON property it reads, and its kind. A computed
/// property (rendered HTML) is read-only: mutations' input types leave it out.
/// </summary>
internal sealed record JsonProperty(string Field, string Json, JsonKind Kind, bool Computed = false);

/// <summary>The scalar shapes stored part and field values take.</summary>
internal enum JsonKind
{
    Text,
    Number,
    Boolean,
    TextList,
    Json,
}

/// <summary>Builds object types whose source is a part's or field's JSON object, and reads their values.</summary>
internal static class JsonObjectTypes
{
    public static ObjectGraphType Create(string name, string description, IEnumerable<JsonProperty> properties)
    {
        var type = new ObjectGraphType { Name = name, Description = description };
        foreach (var property in properties)
        {
            type.AddField(new FieldType
            {
                Name = property.Field,
                ResolvedType = GraphTypeOf(property.Kind),
                Resolver = new FuncFieldResolver<object?>(context => Read(context.Source as JsonObject, property)),
            });
        }

        return type;
    }

    public static IGraphType GraphTypeOf(JsonKind kind) => kind switch
    {
        JsonKind.Number => new FloatGraphType(),
        JsonKind.Boolean => new BooleanGraphType(),
        JsonKind.TextList => new ListGraphType(new NonNullGraphType(new StringGraphType())),
        _ => new StringGraphType(),
    };

    public static object? Read(JsonObject? source, JsonProperty property)
    {
        JsonNode? node = property.Json.Length == 0 ? source : source?[property.Json];
        return property.Kind switch
        {
            JsonKind.Number => node is JsonValue n && n.TryGetValue<double>(out var number) ? number : null,
            JsonKind.Boolean => node is JsonValue b && b.TryGetValue<bool>(out var flag) ? flag : null,
            JsonKind.TextList => node is JsonArray array ? array.OfType<JsonValue>().Select(v => v.ToString()).ToList() : [],
            JsonKind.Json => node?.ToJsonString(),
            _ => node is JsonValue text ? text.ToString() : null,
        };
    }
}
