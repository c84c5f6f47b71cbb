using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Media;
using StemStl.Cms.Jobs;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.Cms.Rendering;
using StemStl.Cms.Reviews;
using StemStl.Cms.Security;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.Hosting;

/// <summary>
/// The engine without the web host: store, modules and features, content, recipes and security. Tests, benchmarks and
/// command-line tools build a plain <see cref="ServiceCollection"/> from it with a module catalog of their choosing.
/// </summary>
internal static class EngineServices
{
    public static IServiceCollection AddCmsEngine(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        services.TryAddSingleton(catalog);
        services.TryAddSingleton(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddCmsStore(configuration);
        services.TryAddSingleton<FeatureStateCache>();
        services.TryAddSingleton<FeatureContributionMap>();
        services.TryAddScoped<IFeatureManager, FeatureManager>();
        services.TryAdd(ServiceDescriptor.Scoped(typeof(IEnabled<>), typeof(Enabled<>)));
        foreach (var module in catalog.Modules)
        {
            module.Configure(new ModuleBuilder(module.Manifest, services));
        }

        services.AddHtmlRenderer();
        services.AddContentEngine();
        services.AddRecipes();
        services.AddCmsSecurity(configuration);
        services.AddWebhooks();
        services.AddMediaLibrary();
        services.AddReviews();
        services.AddJobs();
        return services;
    }
}
