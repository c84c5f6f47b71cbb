using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL.Schema;

namespace StemStl.Cms.GraphQL.Mutations;

/// <summary>Turns one input object's values into the JSON a part or field stores.</summary>
internal delegate JsonObject InputConverter(IDictionary<string, object?> input);

/// <summary>Where an input key of a type's input lands: a whole part, or one field of a part, and how its value converts.</summary>
internal sealed record InputBinding(string PartName, string? FieldName, InputConverter Convert);

/// <summary>
/// Derives each type's mutation input from its definition, with the names the output type uses
/// (<c>titlePart { title }</c>, <c>markdownBody { markdown }</c>, own fields on the type itself), so what a front end
/// reads is what it writes. Computed values (rendered HTML) are left out; kinds without a typed shape take JSON text.
/// </summary>
internal sealed class InputTypes(ContentDefinitionSnapshot snapshot)
{
    private readonly Dictionary<string, (InputObjectGraphType Type, InputConverter Convert)> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (InputObjectGraphType Type, InputConverter Convert)> _customParts = new(StringComparer.Ordinal);

    public IEnumerable<IGraphType> All => _kinds.Values.Concat(_customParts.Values).Select(k => (IGraphType)k.Type);

    /// <summary>The input type of <paramref name="definition"/> and where each of its keys lands.</summary>
    public (InputObjectGraphType Type, IReadOnlyDictionary<string, InputBinding> Bindings) For(ContentTypeDefinition definition)
    {
        var type = new InputObjectGraphType { Name = GraphNames.Type(definition.Name) + "Input", Description = $"The values of a {definition.DisplayName}; parts and fields left out keep their value." };
        var bindings = new Dictionary<string, InputBinding>(StringComparer.Ordinal);
        foreach (var typePart in definition.Parts.OrderBy(p => p.Position))
        {
            if (typePart.Name == definition.Name)
            {
                foreach (var field in snapshot.FindPart(typePart.Name)?.Fields ?? [])
                {
                    var (fieldType, convert) = Kind(field.FieldName, part: false);
                    Bind(type, bindings, GraphNames.Camel(field.Name), fieldType, new InputBinding(typePart.Name, field.Name, convert));
                }

                continue;
            }

            var (partType, partConvert) = Part(typePart.PartName);
            Bind(type, bindings, GraphNames.PartField(typePart.Name), partType, new InputBinding(typePart.Name, null, partConvert));
        }

        return (type, bindings);
    }

    private static void Bind(InputObjectGraphType type, Dictionary<string, InputBinding> bindings, string key, InputObjectGraphType valueType, InputBinding binding)
    {
        if (GraphNames.Reserved.Contains(key) || bindings.ContainsKey(key))
        {
            return;
        }

        type.AddField(new FieldType { Name = key, ResolvedType = valueType });
        bindings[key] = binding;
    }

    private (InputObjectGraphType, InputConverter) Part(string partName)
    {
        if (KindTypes.PropertiesOf(partName, part: true) is not null || snapshot.FindPart(partName) is not { Fields.Count: > 0 } definition)
        {
            return Kind(partName, part: true);
        }

        if (!_customParts.TryGetValue(partName, out var made))
        {
            var type = new InputObjectGraphType { Name = GraphNames.Type(partName) + "Input", Description = definition.Description };
            var fields = new Dictionary<string, (string Name, InputConverter Convert)>(StringComparer.Ordinal);
            foreach (var field in definition.Fields)
            {
                var (fieldType, convert) = Kind(field.FieldName, part: false);
                var key = GraphNames.Camel(field.Name);
                type.AddField(new FieldType { Name = key, ResolvedType = fieldType });
                fields[key] = (field.Name, convert);
            }

            made = (type, input => new JsonObject(input
                .Where(p => fields.ContainsKey(p.Key))
                .Select(p => KeyValuePair.Create(fields[p.Key].Name, (JsonNode?)(p.Value is IDictionary<string, object?> value ? fields[p.Key].Convert(value) : null)))));
            _customParts[partName] = made;
        }

        return made;
    }

    private (InputObjectGraphType, InputConverter) Kind(string kind, bool part)
    {
        var key = (part ? "part:" : "field:") + kind;
        if (_kinds.TryGetValue(key, out var made))
        {
            return made;
        }

        var properties = KindTypes.PropertiesOf(kind, part);
        if (properties is null)
        {
            made = _kinds.TryGetValue("json", out var json) ? json : (JsonInput(), ParseJson);
            _kinds["json"] = made;
            return made;
        }

        var type = new InputObjectGraphType { Name = kind + "Input", Description = $"The values of a {kind}." };
        var writable = properties.Where(p => !p.Computed && p.Json.Length > 0).ToDictionary(p => p.Field, StringComparer.Ordinal);
        foreach (var property in writable.Values)
        {
            type.AddField(new FieldType { Name = property.Field, ResolvedType = JsonObjectTypes.GraphTypeOf(property.Kind) });
        }

        made = (type, input => new JsonObject(input
            .Where(p => writable.ContainsKey(p.Key))
            .Select(p => KeyValuePair.Create(writable[p.Key].Json, ToJson(p.Value)))));
        _kinds[key] = made;
        return made;
    }

    private static InputObjectGraphType JsonInput()
    {
        var type = new InputObjectGraphType { Name = "JsonValueInput", Description = "A value of a kind the schema has no input type for, as JSON object text." };
        type.AddField(new FieldType { Name = "json", ResolvedType = new NonNullGraphType(new StringGraphType()) });
        return type;
    }

    private static JsonObject ParseJson(IDictionary<string, object?> input)
    {
        try
        {
            return JsonNode.Parse(input["json"] as string ?? "") as JsonObject
                ?? throw new ExecutionError("json: expected a JSON object.") { Code = "BAD_USER_INPUT" };
        }
        catch (JsonException e)
        {
            throw new ExecutionError($"json: not valid JSON ({e.Message}).") { Code = "BAD_USER_INPUT" };
        }
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        IEnumerable list => new JsonArray([.. list.Cast<object?>().Select(ToJson)]),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
