using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Admin;
using StemStl.Cms.Jobs;
using StemStl.Cms.Modules;
using StemStl.Search.Lucene.Admin;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Endpoints;
using StemStl.Search.Lucene.GraphQL;
using StemStl.Search.Lucene.Indexing;
using StemStl.Search.Lucene.Querying;
using StemStl.Search.Lucene.Recipes;

namespace StemStl.Search.Lucene;

/// <summary>Registers the indexes, their background indexer, the recipe steps and the search API.</summary>
public sealed class LuceneModule : CmsModule
{
    public override ModuleManifest Manifest => Lucene.Manifest.Module;

    public override void Configure(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<LuceneOptions>().BindConfiguration(LuceneOptions.Section);
        services.TryAddSingleton<LuceneIndexPaths>();
        services.TryAddSingleton<LuceneIndexManager>();
        services.TryAddSingleton<LuceneIndexCatalog>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<LuceneIndexSettings>();
        services.TryAddScoped<LuceneIndexer>();
        services.TryAddScoped<LuceneSearchService>();
        services.TryAddScoped<FacetLabels>();
        services.TryAddScoped<ChangeLogPruning>();
        services.TryAddScoped<LuceneIndexStatuses>();
        services.AddHostedService<LuceneIndexingService>();
        services.AddHostedService<ChangeLogPruningService>();

        builder.Feature(Lucene.Manifest.Feature, feature => feature
            .AddRecipeStep<LuceneIndexStep>()
            .AddRecipeStep<LuceneIndexRebuildStep>()
            .AddRecipeStep<LuceneIndexResetStep>()
            .AddJobHandler<LuceneRebuildJobHandler>()
            .AddContentHandler<LuceneIndexingHandler>()
            .AddPermissions<LucenePermissions>()
            .Contribute<IAdminMenuContributor, LuceneAdminMenu>()
            .AddGraphQL<SearchSchemaContributor>()
            .AddAdminPages("/Admin/Search"));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSearchEndpoints();
        endpoints.MapLuceneApiEndpoints();
        endpoints.MapIndexAdminEndpoints();
    }
}
