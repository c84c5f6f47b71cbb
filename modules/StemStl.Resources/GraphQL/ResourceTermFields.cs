using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;

namespace StemStl.Resources.GraphQL;

/// <summary>
/// <c>resource { subjectTerms { contentItemId displayText } … }</c>: a resource's terms with their names. The generic
/// <c>termContentItems</c> looks terms up as items, but terms live inside their taxonomy item, so these read the
/// taxonomy (batched, authorized like any item) and pick the resource's terms from it, in the resource's order.
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
                    ? c.RequestServices!.GetRequiredService<IGraphQLContentReader>().Related(c, [taxonomy.TaxonomyId]).Then(found =>
                    {
                        var terms = TaxonomyTerms.Of(found.Count > 0 ? found[0] : null).ToDictionary(t => t.ContentItemId, StringComparer.Ordinal);
                        return (IReadOnlyList<TaxonomyTerm>)[.. ids.Where(terms.ContainsKey).Select(id => terms[id])];
                    })
                    : Array.Empty<TaxonomyTerm>()),
            });
        }
    }
}
