using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;
using StemStl.Cms.Modules;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>
/// A test-only module that uses the schema hook the way the domain modules will: a root field, and a reverse relation
/// (<c>workgroup { articles }</c>) read through <see cref="IGraphQLContentReader"/>.
/// </summary>
public sealed class TestGraphQLModule : CmsModule
{
    public const string FeatureId = "StemStl.Tests.GraphQL";

    public override ModuleManifest Manifest { get; } = new(
        "StemStl.Tests.GraphQL",
        "Test GraphQL additions",
        "Fields the GraphQL tests add through the schema hook.",
        "Tests",
        [new FeatureManifest(FeatureId, "Test GraphQL additions", "A root field and workgroup { articles }.", [], EnabledByDefault: true)]);

    public override void Configure(ModuleBuilder builder) =>
        builder.Feature(FeatureId, feature => feature.AddGraphQL<Contributor>());

    private sealed class Contributor : IGraphQLSchemaContributor
    {
        public void Contribute(GraphQLSchemaContext context)
        {
            context.Query.AddField(new FieldType
            {
                Name = "contributedGreeting",
                ResolvedType = new StringGraphType(),
                Resolver = new FuncFieldResolver<object?>(_ => "Hello from a module"),
            });

            if (context.TypeOf("Workgroup") is { } workgroup && context.TypeOf("Article") is { } article)
            {
                workgroup.AddField(new FieldType
                {
                    Name = "articles",
                    Description = "The published articles that pick this workgroup.",
                    ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(article))),
                    Resolver = new FuncFieldResolver<object?>(c => c.Source is ContentItem item
                        ? c.RequestServices!.GetRequiredService<IGraphQLContentReader>().Referencing(c, "Article", "Article.Workgroup", item.ContentItemId)
                        : null),
                });
            }
        }
    }
}
