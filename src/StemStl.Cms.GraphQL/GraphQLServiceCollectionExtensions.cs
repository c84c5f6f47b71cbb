using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StemStl.Cms.GraphQL.Http;
using StemStl.Cms.GraphQL.Loading;
using StemStl.Cms.GraphQL.Mutations;
using StemStl.Cms.GraphQL.Querying;
using StemStl.Cms.GraphQL.Schema;
using StemStl.Cms.Handlers;
using StemStl.Cms.Security;

namespace StemStl.Cms.GraphQL;

/// <summary>Adds the GraphQL content API at <c>/api/graphql</c>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    public const string Path = "/api/graphql";

    public static IServiceCollection AddCmsGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<SchemaCache>();
        services.TryAddSingleton<SiteStates>();
        services.TryAddScoped<ContentVisibility>();
        services.TryAddScoped<ContentLister>();
        services.TryAddScoped<RelationLoader>();
        services.TryAddScoped<MutationHandler>();
        services.TryAddScoped<IGraphQLContentReader, GraphQLContentReader>();
        services.TryAddSingleton<PersistedQueries>();
        services.TryAddSingleton<GraphQLCostBudget>();
        services.TryAddSingleton<ParsedDocuments>();
        services.TryAddSingleton<ResponseCache>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, ResponseCacheInvalidation>());
        services.TryAddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.TryAddSingleton(sp => new GraphQLLimits(sp.GetRequiredService<IOptions<GraphQLOptions>>(), sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.TryAddSingleton<IGraphQLTextSerializer>(sp => new global::GraphQL.SystemTextJson.GraphQLSerializer(sp.GetRequiredService<GraphQLLimits>().ErrorInfo));
        return services;
    }

    public static IEndpointRouteBuilder MapCmsGraphQL(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], GraphQLEndpoint.HandleAsync)
            .WithName("GraphQL")
            .WithTags("GraphQL")
            .WithSummary("The GraphQL content API (GraphQL over HTTP): POST JSON, or GET for queries.")
            .RequireRateLimiting(RateLimitPolicies.GraphQL);
        return endpoints;
    }
}
