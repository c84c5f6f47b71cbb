using System.Linq.Expressions;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.GraphQL.Filtering;

/// <summary>
/// Something a list can filter and sort on: a column of the content item index, or a path in the typed field index.
/// Either way the filter runs in SQL; documents are never loaded to filter.
/// </summary>
internal sealed record FilterTarget(string GraphName, FieldIndexKind Kind, string? IndexPath, LambdaExpression? Column)
{
    public static FilterTarget ForPath(string graphName, FieldIndexKind kind, string indexPath) => new(graphName, kind, indexPath, null);

    public static FilterTarget ForColumn<T>(string graphName, FieldIndexKind kind, Expression<Func<ContentItemRecord, T>> column) => new(graphName, kind, null, column);

    /// <summary>The common columns every type can filter and sort on.</summary>
    public static IReadOnlyList<FilterTarget> CommonColumns { get; } =
    [
        ForColumn("contentItemId", FieldIndexKind.Reference, r => r.ContentItemId),
        ForColumn("contentItemVersionId", FieldIndexKind.Reference, r => r.ContentItemVersionId),
        ForColumn("displayText", FieldIndexKind.Text, r => r.DisplayText),
        ForColumn("owner", FieldIndexKind.Reference, r => r.Owner),
        ForColumn("author", FieldIndexKind.Text, r => r.Author),
        ForColumn("createdUtc", FieldIndexKind.Date, r => r.CreatedUtc),
        ForColumn("modifiedUtc", FieldIndexKind.Date, r => r.ModifiedUtc),
        ForColumn("publishedUtc", FieldIndexKind.Date, r => r.PublishedUtc),
        ForColumn("published", FieldIndexKind.Boolean, r => r.Published),
        ForColumn("latest", FieldIndexKind.Boolean, r => r.Latest),
    ];
}

/// <summary>The comparison a where key asks for, by its suffix (<c>displayText_starts_with</c>).</summary>
internal enum FilterOperator
{
    Equal,
    NotEqual,
    In,
    NotIn,
    Contains,
    StartsWith,
    EndsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

internal static class FilterOperators
{
    private static readonly (FilterOperator Operator, string Suffix)[] Suffixes =
    [
        (FilterOperator.Equal, ""), (FilterOperator.NotEqual, "_not"), (FilterOperator.In, "_in"), (FilterOperator.NotIn, "_not_in"),
        (FilterOperator.Contains, "_contains"), (FilterOperator.StartsWith, "_starts_with"), (FilterOperator.EndsWith, "_ends_with"),
        (FilterOperator.GreaterThan, "_gt"), (FilterOperator.GreaterThanOrEqual, "_gte"), (FilterOperator.LessThan, "_lt"), (FilterOperator.LessThanOrEqual, "_lte"),
    ];

    /// <summary>The operators a kind of value supports, with the suffix of each.</summary>
    public static IEnumerable<(FilterOperator Operator, string Suffix)> For(FieldIndexKind kind) => Suffixes.Where(s => kind switch
    {
        FieldIndexKind.Boolean => s.Operator is FilterOperator.Equal or FilterOperator.NotEqual,
        FieldIndexKind.Reference => s.Operator is FilterOperator.Equal or FilterOperator.NotEqual or FilterOperator.In or FilterOperator.NotIn,
        FieldIndexKind.Numeric or FieldIndexKind.Date => s.Operator is not (FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith),
        _ => true,
    });

    public static bool IsList(this FilterOperator op) => op is FilterOperator.In or FilterOperator.NotIn;

    public static bool IsNegative(this FilterOperator op) => op is FilterOperator.NotEqual or FilterOperator.NotIn;

    /// <summary>The positive form of a negative operator: "no value equals" is "not (some value equals)".</summary>
    public static FilterOperator Positive(this FilterOperator op) => op switch
    {
        FilterOperator.NotEqual => FilterOperator.Equal,
        FilterOperator.NotIn => FilterOperator.In,
        _ => op,
    };
}
