namespace StemStl.Cms.GraphQL.Filtering;

/// <summary>What a list field was asked for: its filters, sort keys and page.</summary>
internal sealed record ListQuery(FilterSchema Filters, IDictionary<string, object?>? Where, IEnumerable<object?>? OrderBy, int First, int Skip);
