using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using StemStl.Cms.Api;
using StemStl.Cms.Content.Definitions;
using StemStl.Cms.Jobs;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.Cms.Security;
using StemStl.Cms.Security.OAuth;
using StemStl.Cms.Security.Preview;
using StemStl.Cms.Media;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Hosting;

/// <summary>Cross-cutting host defaults: ProblemDetails, health, OpenAPI, first run, the request pipeline.</summary>
internal static class HostingExtensions
{
    public static IServiceCollection AddCmsHosting(this IServiceCollection services, IConfiguration configuration)
    {
        // Per-host logger (not Serilog's static one), so several test hosts can share a process.
        services.AddSerilog((sp, logger) =>
        {
            logger.ReadFrom.Configuration(configuration).ReadFrom.Services(sp).Enrich.FromLogContext();
            if (!configuration.GetSection("Serilog:WriteTo").Exists())
            {
                logger.WriteTo.Console();
            }
        });

        services.AddCmsDataProtection();
        services.AddCmsRateLimiting();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures throw in every environment so BadRequestExceptionHandler can say what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        services.AddCmsOpenApi();

        services.AddOptions<SetupOptions>().Bind(configuration.GetSection(SetupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SetupService>();
        services.AddHostedService<StartupBanner>();
        return services;
    }

    public static WebApplication UseCmsPipeline(this WebApplication app)
    {
        // Outermost, so request logs carry the status the client got rather than the exception's 500.
        app.UseSerilogRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Theme and module assets (/_content/...) before routing: they need no endpoint, user or feature check.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<RejectInvalidBearerMiddleware>();
        app.UseMiddleware<PreviewTokenMiddleware>();
        app.UseMiddleware<CrossSiteRequestMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapCmsEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });

        // Liveness: answers without touching the store, so orchestrators (and load tests' Kestrel ceiling) see the process itself.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapOpenApi();
        app.MapAccountEndpoints();
        app.MapApiTokenEndpoints();
        app.MapOAuthClientEndpoints();
        app.MapOAuthTokenEndpoint();
        app.MapPreviewTokenEndpoints();
        app.MapMediaEndpoints();
        app.MapContentEndpoints();
        app.MapRecipeEndpoints();
        app.MapDefinitionEndpoints();
        app.MapJobEndpoints();
        return app;
    }
}
