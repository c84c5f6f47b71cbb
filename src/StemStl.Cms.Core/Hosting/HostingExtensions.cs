using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Hosting;

/// <summary>Cross-cutting host defaults: ProblemDetails, health, OpenAPI, first run, the request pipeline.</summary>
internal static class HostingExtensions
{
    public static IServiceCollection AddCmsHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseCmsPipeline(this WebApplication app)
    {
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();
        return app;
    }

    public static WebApplication MapCmsEndpoints(this WebApplication app)
    {
        return app;
    }
}
