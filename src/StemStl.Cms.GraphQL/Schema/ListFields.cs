using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using StemStl.Cms.Definitions;
using StemStl.Cms.GraphQL.Filtering;
using StemStl.Cms.GraphQL.Querying;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// The two query fields of each type: the list <c>resource(where, orderBy, first, skip, status)</c> and the connection
/// <c>resourceConnection(…same…) { totalCount pageInfo { hasNextPage hasPreviousPage } items { … } }</c>.
/// </summary>
internal sealed class ListFields(EnumerationGraphType status, EnumerationGraphType sortOrder)
{
    private readonly ObjectGraphType _pageInfo = PageInfoType();

    public IGraphType PageInfo => _pageInfo;

    public void Add(ObjectGraphType query, string field, ContentTypeDefinition definition, ObjectGraphType type, FilterSchema filters)
    {
        query.AddField(new FieldType
        {
            Name = field,
            Description = $"{definition.DisplayName} items the caller may see: filtered and sorted in SQL, most recently changed first by default.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(type))),
            Arguments = Arguments(filters),
            Resolver = new FuncFieldResolver<object?>(async c => (await ContentReads.PageAsync(c, definition.Name, Status(c), Query(c, filters))).Items),
        });

        var connection = new ObjectGraphType { Name = type.Name + "Connection", Description = $"A page of {definition.DisplayName} items with the total that matches." };
        connection.AddField(new FieldType
        {
            Name = "totalCount",
            Description = "How many items match, among those the caller may see (one COUNT, run only when asked for).",
            ResolvedType = new NonNullGraphType(new IntGraphType()),
            Resolver = new FuncFieldResolver<ContentPage, object?>(async c => await c.Source.CountAsync(c.CancellationToken)),
        });
        connection.AddField(new FieldType
        {
            Name = "pageInfo",
            ResolvedType = new NonNullGraphType(_pageInfo),
            Resolver = new FuncFieldResolver<ContentPage, object?>(c => c.Source),
        });
        connection.AddField(new FieldType
        {
            Name = "items",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(type))),
            Resolver = new FuncFieldResolver<ContentPage, object?>(c => c.Source.Items),
        });
        query.AddField(new FieldType
        {
            Name = field + "Connection",
            Description = $"{definition.DisplayName} items as a page with totalCount and pageInfo; takes the same arguments as {field}.",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = Arguments(filters),
            Resolver = new FuncFieldResolver<object?>(async c => await ContentReads.PageAsync(c, definition.Name, Status(c), Query(c, filters))),
        });
    }

    public QueryArgument StatusArgument() => new(status) { Name = "status", DefaultValue = ContentStatus.Published };

    public static ContentStatus Status(IResolveFieldContext context) => context.GetArgument("status", ContentStatus.Published);

    private QueryArguments Arguments(FilterSchema filters) => new(
        new QueryArgument(filters.WhereType()) { Name = "where" },
        new QueryArgument(new ListGraphType(new NonNullGraphType(filters.OrderByType(sortOrder)))) { Name = "orderBy", Description = "Sort keys in order of precedence, one key per entry." },
        new QueryArgument(new IntGraphType()) { Name = "first", DefaultValue = ContentLister.DefaultPageSize, Description = $"Items per page, at most {ContentLister.MaxPageSize}." },
        new QueryArgument(new IntGraphType()) { Name = "skip", DefaultValue = 0 },
        StatusArgument());

    private static ListQuery Query(IResolveFieldContext context, FilterSchema filters) => new(
        filters,
        context.GetArgument<Dictionary<string, object?>>("where"),
        context.GetArgument<List<object?>>("orderBy"),
        context.GetArgument("first", ContentLister.DefaultPageSize),
        context.GetArgument("skip", 0));

    private static ObjectGraphType PageInfoType()
    {
        var type = new ObjectGraphType { Name = "PageInfo", Description = "Whether pages come before or after this one." };
        type.AddField(new FieldType { Name = "hasNextPage", ResolvedType = new NonNullGraphType(new BooleanGraphType()), Resolver = new FuncFieldResolver<ContentPage, object?>(c => c.Source.HasNextPage) });
        type.AddField(new FieldType { Name = "hasPreviousPage", ResolvedType = new NonNullGraphType(new BooleanGraphType()), Resolver = new FuncFieldResolver<ContentPage, object?>(c => c.Source.HasPreviousPage) });
        return type;
    }
}
