using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;

namespace StemStl.Resources.GraphQL;

/// <summary>
/// <c>resource { subjectTerms { contentItemId displayText } … }</c>: a resource's terms with their names, without a
/// fragment per term type. They read the terms as the generic <c>termContentItems</c> does (from inside the taxonomy,
/// batched, none when the caller may not see the taxonomy), in the resource's order.
/// </summary>
internal static class ResourceTermFields
{
    public static void Add(ObjectGraphType resource)
    {
        var term = new ObjectGraphType { Name = "ResourceTerm", Description = "A term of one of the resource taxonomies." };
        term.AddField(new FieldType { Name = "contentItemId", ResolvedType = new NonNullGraphType(new IdGraphType()), Resolver = new FuncFieldResolver<TaxonomyTerm, string>(c => c.Source.ContentItemId) });
        term.AddField(new FieldType { Name = "displayText", ResolvedType = new NonNullGraphType(new StringGraphType()), Resolver = new FuncFieldResolver<TaxonomyTerm, string>(c => c.Source.DisplayText) });
        var names = new Dictionary<string, string>
        {
            [ResourceModel.Kind] = "resourceTypeTerms",
            [ResourceModel.Subjects] = "subjectTerms",
            [ResourceModel.GradeBands] = "gradeBandTerms",
            [ResourceModel.Settings] = "learningSettingTerms",
        };
        foreach (var taxonomy in ResourceModel.Taxonomies)
        {
            resource.AddField(new FieldType
            {
                Name = names[taxonomy.Field],
                Description = $"The resource's {taxonomy.Facet} terms, with their names.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(term))),
                Resolver = new FuncFieldResolver<object?>(c => c.Source is ContentItem item && ResourceModel.Ids(item, taxonomy.Field, "TermContentItemIds") is { Count: > 0 } ids
                    ? c.RequestServices!.GetRequiredService<IGraphQLContentReader>().Terms(c, taxonomy.TaxonomyId, ids).Then(terms =>
                        (IReadOnlyList<TaxonomyTerm>)[.. terms.Select(t => new TaxonomyTerm(t.ContentItemId, t.DisplayText.Length > 0 ? t.DisplayText : t.ContentItemId))])
                    : Array.Empty<TaxonomyTerm>()),
            });
        }
    }
}
