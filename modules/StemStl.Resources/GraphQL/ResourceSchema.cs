using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;

namespace StemStl.Resources.GraphQL;

/// <summary>
/// <c>resource { providerItem { … } workgroupItem { … } }</c>: the picked organization and workgroup as their own types,
/// so a front end needs no fragment on <c>contentItems</c>. Read through <see cref="IGraphQLContentReader"/>, so they are
/// authorized (a hidden item is null) and batched per level of the query. And the terms with their names (see <see cref="ResourceTermFields"/>).
/// </summary>
internal sealed class ResourceSchema : IGraphQLSchemaContributor
{
    public void Contribute(GraphQLSchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TypeOf(ResourceModel.ResourceType) is not { } resource)
        {
            return;
        }

        AddPicked(resource, "providerItem", "The organization that provides the resource, when the caller may see it.", ResourceModel.Provider, context.TypeOf(ResourceModel.OrganizationType));
        ResourceTermFields.Add(resource);
        AddPicked(resource, "workgroupItem", "The STEMSTL workgroup the resource relates to, when the caller may see it.", ResourceModel.Workgroup, context.TypeOf(ResourceModel.WorkgroupType));
    }

    // A type that is missing (its module is off, or the site never defined it) leaves its field out rather than failing the schema.
    private static void AddPicked(ObjectGraphType resource, string name, string description, string field, ObjectGraphType? target)
    {
        if (target is null)
        {
            return;
        }

        resource.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = target,
            Resolver = new FuncFieldResolver<object?>(c => c.Source is ContentItem item && ResourceModel.Ids(item, field, "ContentItemIds") is { Count: > 0 } ids
                ? c.RequestServices!.GetRequiredService<IGraphQLContentReader>().Related(c, [ids[0]]).Then(items => items.Count > 0 ? items[0] : null)
                : null),
        });
    }
}
