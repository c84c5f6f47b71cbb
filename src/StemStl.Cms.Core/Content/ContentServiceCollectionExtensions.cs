using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Content.Definitions;
using StemStl.Cms.Content.Scheduling;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content;

/// <summary>Registers the content definitions, store and manager.</summary>
internal static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContentEngine(this IServiceCollection services)
    {
        services.TryAddSingleton<ContentDefinitionCache>();
        services.TryAddScoped<ContentDefinitionManager>();
        services.TryAddScoped<IContentDefinitionManager>(sp => sp.GetRequiredService<ContentDefinitionManager>());

        services.TryAddScoped<ContentKinds>();
        services.TryAddScoped<ContentSavePipeline>();
        services.TryAddScoped<ContentIndexWriter>();
        services.TryAddScoped<ContentManager>();
        services.TryAddScoped<ContentChangeLog>();
        services.TryAddScoped<IContentChangeLog>(sp => sp.GetRequiredService<ContentChangeLog>());
        services.TryAddScoped<IContentChangeLogPruner>(sp => sp.GetRequiredService<ContentChangeLog>());
        services.TryAddScoped<IContentManager>(sp => sp.GetRequiredService<ContentManager>());
        services.TryAddScoped<IContentReader>(sp => sp.GetRequiredService<ContentManager>());
        services.TryAddScoped<IContentList, ContentList>();
        services.TryAddScoped<IContentBatch, ContentBatch>();

        services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ScheduledPublishingService>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublishingService>());
        return services;
    }
}
