using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Hosting;

/// <summary>Adds the StemStl.Cms engine and every module the host references.</summary>
public static class CmsServiceCollectionExtensions
{
    /// <summary>Registers the engine: store, modules and features, content, recipes, security and the REST API.</summary>
    public static IServiceCollection AddStemStlCms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCmsEngine(configuration, ModuleCatalog.Discover());
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
}
