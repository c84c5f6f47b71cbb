using System.Linq.Expressions;
using StemStl.Cms.Data;

namespace StemStl.Cms.GraphQL.Filtering;

/// <summary>
/// Applies an <c>orderBy</c> list: each entry names one key (a column, or a field by its lowest indexed value), and
/// later entries break ties of earlier ones. The row id breaks any tie left, so paging is stable.
/// </summary>
internal sealed class OrderTranslator(IQueryable<ContentFieldIndexRecord> fieldIndex)
{
    public const string Ascending = "ASC";
    public const string Descending = "DESC";

    /// <summary>The most sort keys one orderBy may list; more never changes an order in practice, and each is SQL.</summary>
    public const int MaxKeys = 8;

    public IQueryable<ContentItemRecord> Apply(IQueryable<ContentItemRecord> query, IEnumerable<object?>? orderBy, FilterSchema schema)
    {
        var keys = new List<(LambdaExpression Key, bool Descending)>();
        var index = 0;
        foreach (var entry in orderBy ?? [])
        {
            if (index == MaxKeys)
            {
                throw new FilterException($"orderBy[{index}]: sort by at most {MaxKeys} keys.");
            }

            Collect(entry as IDictionary<string, object?> ?? throw new FilterException($"orderBy[{index}]: expected an object."), schema, $"orderBy[{index}]", keys);
            index++;
        }

        if (keys.Count == 0)
        {
            keys.Add(((Expression<Func<ContentItemRecord, DateTime?>>)(r => r.ModifiedUtc), true));
        }

        keys.Add(((Expression<Func<ContentItemRecord, long>>)(r => r.Id), keys[^1].Descending));
        var ordered = query;
        for (var i = 0; i < keys.Count; i++)
        {
            var method = (i == 0, keys[i].Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(typeof(Queryable), method, [typeof(ContentItemRecord), keys[i].Key.ReturnType], ordered.Expression, Expression.Quote(keys[i].Key));
            ordered = ordered.Provider.CreateQuery<ContentItemRecord>(call);
        }

        return ordered;
    }

    private void Collect(IDictionary<string, object?> entry, FilterSchema schema, string at, List<(LambdaExpression, bool)> keys)
    {
        if (entry.Count(e => e.Value is not null) != 1)
        {
            throw new FilterException($"{at}: name exactly one key per entry; list several entries to sort by several keys.");
        }

        var (name, value) = entry.First(e => e.Value is not null);
        if (schema.Parts.TryGetValue(name, out var part))
        {
            Collect(value as IDictionary<string, object?> ?? throw new FilterException($"{at}.{name}: expected an object."), part, $"{at}.{name}", keys);
            return;
        }

        var target = schema.FindTarget(name) ?? throw new FilterException($"{at}: unknown sort key '{name}'.");
        keys.Add((Key(target), string.Equals(value as string, Descending, StringComparison.Ordinal)));
    }

    private LambdaExpression Key(FilterTarget target)
    {
        if (target.Column is { } column)
        {
            return column;
        }

        // The lowest value at the path, so multi-valued fields sort by their first value; items without one sort as NULL.
        var record = Expression.Parameter(typeof(ContentItemRecord), "r");
        var row = Expression.Parameter(typeof(ContentFieldIndexRecord), "f");
        var match = Expression.Lambda<Func<ContentFieldIndexRecord, bool>>(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(row, nameof(ContentFieldIndexRecord.ContentItemRecordId)), Expression.Property(record, nameof(ContentItemRecord.Id))),
                Expression.Equal(Expression.Property(row, nameof(ContentFieldIndexRecord.Path)), Expression.Constant(target.IndexPath))),
            row);
        var value = WhereTranslator.ValueOf(row, target.Kind);
        var rows = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(ContentFieldIndexRecord)], fieldIndex.Expression, Expression.Quote(match));
        var values = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(ContentFieldIndexRecord), value.Type], rows, Expression.Quote(Expression.Lambda(value, row)));
        var min = Expression.Call(typeof(Queryable), nameof(Queryable.Min), [value.Type], values);
        return Expression.Lambda(min, record);
    }
}
