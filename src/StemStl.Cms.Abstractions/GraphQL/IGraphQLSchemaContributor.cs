using GraphQL.Types;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.GraphQL;

/// <summary>
/// A module's additions to the GraphQL schema: fields on <c>Query</c> or <c>Mutation</c>, fields on a content type's
/// object type, or types of its own. Contribute it from a feature (<c>feature.Contribute&lt;IGraphQLSchemaContributor,
/// …&gt;()</c>): the schema is rebuilt when the feature is switched, so its fields come and go with it. Resolvers must
/// authorize; <see cref="IGraphQLContentReader"/> reads content the way the built-in fields do.
/// </summary>
public interface IGraphQLSchemaContributor
{
    /// <summary>Adds to the schema being built. Runs once per schema, never per request.</summary>
    void Contribute(GraphQLSchemaContext context);
}

/// <summary>The schema under construction, as contributors see it.</summary>
public sealed class GraphQLSchemaContext(
    ContentDefinitionSnapshot definitions,
    ObjectGraphType query,
    ObjectGraphType mutation,
    IInterfaceGraphType contentItem,
    IReadOnlyDictionary<string, ObjectGraphType> contentTypes)
{
    private readonly List<IGraphType> _types = [];

    /// <summary>The content definitions the schema is generated from.</summary>
    public ContentDefinitionSnapshot Definitions { get; } = definitions;

    /// <summary>The root query type.</summary>
    public ObjectGraphType Query { get; } = query;

    /// <summary>The root mutation type.</summary>
    public ObjectGraphType Mutation { get; } = mutation;

    /// <summary>The <c>ContentItem</c> interface every content type implements.</summary>
    public IInterfaceGraphType ContentItem { get; } = contentItem;

    /// <summary>Types contributors added that no field reaches by itself (e.g. implementations of an interface).</summary>
    public IReadOnlyList<IGraphType> AddedTypes => _types;

    /// <summary>The object type of a content type, by its definition name, or null when there is none.</summary>
    public ObjectGraphType? TypeOf(string contentType) => contentTypes.GetValueOrDefault(contentType);

    /// <summary>Registers a type with the schema.</summary>
    public void RegisterType(IGraphType type) => _types.Add(type);
}
