using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Data;
using StemStl.Cms.Content;
using StemStl.Cms.Recipes;
using StemStl.Cms.Security;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Hosting;

/// <summary>Adds the StemStl.Cms engine and every module the host references.</summary>
public static class CmsServiceCollectionExtensions
{
    /// <summary>Registers the engine: store, modules and features, content, recipes, security and the REST API.</summary>
    public static IServiceCollection AddStemStlCms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var catalog = ModuleCatalog.Discover();
        services.TryAddSingleton(catalog);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.AddCmsStore(configuration);
        services.AddCmsModules(catalog);
        services.AddContentEngine();
        services.AddRecipes();
        services.AddCmsSecurity(configuration);
        services.AddCmsHosting(configuration);
        return services;
    }

    /// <summary>Adds the feature gate and maps the engine's and every module's endpoints.</summary>
    public static WebApplication UseStemStlCms(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCmsPipeline();
        app.MapCmsEndpoints();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }

    private static void AddCmsModules(this IServiceCollection services, ModuleCatalog catalog)
    {
        services.TryAddSingleton<FeatureStateCache>();
        services.TryAddSingleton<FeatureContributionMap>();
        services.TryAddScoped<IFeatureManager, FeatureManager>();
        services.TryAdd(ServiceDescriptor.Scoped(typeof(IEnabled<>), typeof(Enabled<>)));
        foreach (var module in catalog.Modules)
        {
            module.Configure(new ModuleBuilder(module.Manifest, services));
        }
    }
}
