using GraphQL;

namespace StemStl.Cms.GraphQL.Filtering;

/// <summary>A where or orderBy argument that cannot be served; it becomes a GraphQL error with code <c>INVALID_FILTER</c>.</summary>
internal sealed class FilterException : ExecutionError
{
    public FilterException(string message)
        : base(message)
    {
        Code = "INVALID_FILTER";
    }
}
