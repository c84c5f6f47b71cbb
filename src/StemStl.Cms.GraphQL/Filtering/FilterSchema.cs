using GraphQL.Types;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.GraphQL.Filtering;

/// <summary>
/// The filter and sort keys of one content type (or of one of its parts, nested under the part's field name), and the
/// input types <c>where</c> and <c>orderBy</c> take, built from the same description so the two never disagree.
/// </summary>
internal sealed class FilterSchema(string name)
{
    private InputObjectGraphType? _where;
    private InputObjectGraphType? _orderBy;

    public string Name { get; } = name;

    public List<FilterTarget> Targets { get; } = [];

    public Dictionary<string, FilterSchema> Parts { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Targets.Count == 0 && Parts.Values.All(p => p.IsEmpty);

    /// <summary>The target and operator behind a where key, or null.</summary>
    public (FilterTarget Target, FilterOperator Operator)? Find(string key)
    {
        foreach (var target in Targets.Where(t => key.StartsWith(t.GraphName, StringComparison.Ordinal)))
        {
            foreach (var (op, suffix) in FilterOperators.For(target.Kind))
            {
                if (key.Length == target.GraphName.Length + suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return (target, op);
                }
            }
        }

        return null;
    }

    public FilterTarget? FindTarget(string key) => Targets.FirstOrDefault(t => t.GraphName == key);

    /// <summary>The where input type; one instance per schema, however many fields take it.</summary>
    public InputObjectGraphType WhereType() => _where ??= CreateWhereType();

    /// <summary>The orderBy input type; one instance per schema.</summary>
    public InputObjectGraphType OrderByType(EnumerationGraphType sortOrder) => _orderBy ??= CreateOrderByType(sortOrder);

    private InputObjectGraphType CreateWhereType()
    {
        var type = new InputObjectGraphType { Name = Name + "WhereInput", Description = $"Filters on {Name}, served from the content index in SQL. Keys in one object must all match." };
        foreach (var target in Targets)
        {
            foreach (var (op, suffix) in FilterOperators.For(target.Kind))
            {
                type.AddField(new FieldType { Name = target.GraphName + suffix, Type = ScalarFor(target.Kind, op.IsList()) });
            }
        }

        foreach (var (key, part) in Parts.Where(p => !p.Value.IsEmpty))
        {
            type.AddField(new FieldType { Name = key, ResolvedType = part.WhereType() });
        }

        var list = new ListGraphType(new NonNullGraphType(type));
        type.AddField(new FieldType { Name = "AND", ResolvedType = list, Description = "Every filter in the list matches." });
        type.AddField(new FieldType { Name = "OR", ResolvedType = list, Description = "At least one filter in the list matches." });
        type.AddField(new FieldType { Name = "NOT", ResolvedType = type, Description = "The filter does not match." });
        return type;
    }

    private InputObjectGraphType CreateOrderByType(EnumerationGraphType sortOrder)
    {
        var type = new InputObjectGraphType { Name = Name + "OrderByInput", Description = $"One sort key of {Name}; pass several in a list for ties." };
        foreach (var target in Targets)
        {
            type.AddField(new FieldType { Name = target.GraphName, ResolvedType = sortOrder });
        }

        foreach (var (key, part) in Parts.Where(p => p.Value.Targets.Count > 0))
        {
            type.AddField(new FieldType { Name = key, ResolvedType = part.OrderByType(sortOrder) });
        }

        return type;
    }

    private static Type ScalarFor(FieldIndexKind kind, bool list) => (kind, list) switch
    {
        (FieldIndexKind.Numeric, false) => typeof(FloatGraphType),
        (FieldIndexKind.Numeric, true) => typeof(ListGraphType<NonNullGraphType<FloatGraphType>>),
        (FieldIndexKind.Date, false) => typeof(DateTimeGraphType),
        (FieldIndexKind.Date, true) => typeof(ListGraphType<NonNullGraphType<DateTimeGraphType>>),
        (FieldIndexKind.Boolean, _) => typeof(BooleanGraphType),
        (FieldIndexKind.Reference, false) => typeof(IdGraphType),
        (FieldIndexKind.Reference, true) => typeof(ListGraphType<NonNullGraphType<IdGraphType>>),
        (_, false) => typeof(StringGraphType),
        (_, true) => typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
    };
}
