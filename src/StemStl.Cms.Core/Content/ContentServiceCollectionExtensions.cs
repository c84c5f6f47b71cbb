using Microsoft.Extensions.DependencyInjection;

namespace StemStl.Cms.Content;

/// <summary>Registers the content definitions, store and manager.</summary>
internal static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContentEngine(this IServiceCollection services)
    {
        return services;
    }
}
