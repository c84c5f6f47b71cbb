using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where</c> argument into one predicate over the content item index. A field filter becomes
/// <c>EXISTS (a field index row of this version at this path whose value matches)</c>, so multi-valued fields
/// (pickers, terms, multi-text) match when any value does; <c>_not</c> and <c>_not_in</c> mean no value matches.
/// </summary>
internal sealed class WhereTranslator(IQueryable<ContentFieldIndexRecord> fieldIndex)
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// The most conditions one <c>where</c> may hold and the most values one <c>_in</c> list may carry. Variables are
    /// not bounded by the document size limit, and every condition and value becomes SQL (SQLite refuses statements
    /// with more than 32,766 parameters), so both are bounded here with an error that says which limit was hit.
    /// </summary>
    public const int MaxConditions = 100;

    /// <inheritdoc cref="MaxConditions"/>
    public const int MaxListValues = 1_000;

    private readonly ParameterExpression _record = Expression.Parameter(typeof(ContentItemRecord), "r");
    private int _conditions;

    public Expression<Func<ContentItemRecord, bool>> Translate(IDictionary<string, object?> where, FilterSchema schema) =>
        Expression.Lambda<Func<ContentItemRecord, bool>>(Node(where, schema, "where"), _record);

    private Expression Node(IDictionary<string, object?> where, FilterSchema schema, string at)
    {
        Expression? result = null;
        foreach (var (key, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            var path = $"{at}.{key}";
            var condition = key switch
            {
                "AND" => Combine(Children(value, schema, path), Expression.AndAlso, true),
                "OR" => Combine(Children(value, schema, path), Expression.OrElse, false),
                "NOT" => Expression.Not(Node(AsObject(value, path), schema, path)),
                _ when schema.Parts.TryGetValue(key, out var part) => Node(AsObject(value, path), part, path),
                _ when schema.Find(key) is { } found => Condition(found.Target, found.Operator, value, path),
                _ => throw new FilterException($"{path}: unknown filter key '{key}'."),
            };
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }

        return result ?? Expression.Constant(true);
    }

    private IEnumerable<Expression> Children(object value, FilterSchema schema, string at) =>
        value is IEnumerable<object?> list
            ? list.Select((child, i) => Node(AsObject(child, $"{at}[{i}]"), schema, $"{at}[{i}]"))
            : throw new FilterException($"{at}: expected a list of filters.");

    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            result = result is null ? part : join(result, part);
        }

        return result ?? Expression.Constant(empty);
    }

    private static IDictionary<string, object?> AsObject(object? value, string at) =>
        value as IDictionary<string, object?> ?? throw new FilterException($"{at}: expected a filter object.");

    private Expression Condition(FilterTarget target, FilterOperator op, object value, string at)
    {
        if (++_conditions > MaxConditions)
        {
            throw new FilterException($"{at}: a where argument may hold at most {MaxConditions} conditions; narrow it or split the request.");
        }

        if (target.Column is { } column)
        {
            return Compare(new Rebind(column.Parameters[0], _record).Visit(column.Body), op, value, at);
        }

        var row = Expression.Parameter(typeof(ContentFieldIndexRecord), "f");
        var match = Expression.AndAlso(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(row, nameof(ContentFieldIndexRecord.ContentItemRecordId)), Expression.Property(_record, nameof(ContentItemRecord.Id))),
                Expression.Equal(Expression.Property(row, nameof(ContentFieldIndexRecord.Path)), Parameter(target.IndexPath!, typeof(string)))),
            Compare(ValueOf(row, target.Kind), op.Positive(), value, at));
        var exists = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(ContentFieldIndexRecord)],
            fieldIndex.Expression, Expression.Quote(Expression.Lambda<Func<ContentFieldIndexRecord, bool>>(match, row)));
        return op.IsNegative() ? Expression.Not(exists) : exists;
    }

    internal static Expression ValueOf(ParameterExpression row, FieldIndexKind kind) => Expression.Property(row, kind switch
    {
        FieldIndexKind.Numeric => nameof(ContentFieldIndexRecord.Number),
        FieldIndexKind.Date => nameof(ContentFieldIndexRecord.Date),
        FieldIndexKind.Boolean => nameof(ContentFieldIndexRecord.Boolean),
        _ => nameof(ContentFieldIndexRecord.Text),
    });

    private static Expression Compare(Expression body, FilterOperator op, object value, string at)
    {
        if (op.IsList())
        {
            var values = value is IEnumerable<object?> list ? list : throw new FilterException($"{at}: expected a list of values.");
            if (values.Take(MaxListValues + 1).Count() > MaxListValues)
            {
                throw new FilterException($"{at}: a list filter may carry at most {MaxListValues:N0} values; page through the ids instead.");
            }

            var typed = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(body.Type))!;
            foreach (var item in values)
            {
                typed.Add(Convert(item, body.Type, at));
            }

            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [body.Type], Parameter(typed, typed.GetType()), body);
            return op == FilterOperator.NotIn ? Expression.Not(contains) : contains;
        }

        var constant = Parameter(Convert(value, body.Type, at), body.Type);
        return op switch
        {
            FilterOperator.Equal => Expression.Equal(body, constant),
            FilterOperator.NotEqual => Expression.NotEqual(body, constant),
            FilterOperator.Contains => Expression.Call(body, StringContains, constant),
            FilterOperator.StartsWith => Expression.Call(body, StringStartsWith, constant),
            FilterOperator.EndsWith => Expression.Call(body, StringEndsWith, constant),
            _ when body.Type == typeof(string) => Ordered(op, Expression.Call(StringCompare, body, constant), Expression.Constant(0)),
            _ => Ordered(op, body, constant),
        };
    }

    private static BinaryExpression Ordered(FilterOperator op, Expression left, Expression right) => op switch
    {
        FilterOperator.GreaterThan => Expression.GreaterThan(left, right),
        FilterOperator.GreaterThanOrEqual => Expression.GreaterThanOrEqual(left, right),
        FilterOperator.LessThan => Expression.LessThan(left, right),
        _ => Expression.LessThanOrEqual(left, right),
    };

    private static object? Convert(object? value, Type type, string at)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            return value switch
            {
                null => null,
                DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
                DateTime date when target == typeof(DateTime) => date.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date.ToUniversalTime(),
                _ when target == typeof(string) => System.Convert.ToString(value, CultureInfo.InvariantCulture),
                _ => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new FilterException($"{at}: '{value}' is not a valid {target.Name}.");
        }
    }

    /// <summary>A value EF Core sends as a SQL parameter rather than inlining it into the statement text.</summary>
    private static MemberExpression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed record Holder<T>(T Value);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
