using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StemStl.Cms.Rendering;

/// <summary>Registers the Markdown renderer and HTML sanitizer.</summary>
internal static class RenderingServiceCollectionExtensions
{
    public static IServiceCollection AddHtmlRenderer(this IServiceCollection services)
    {
        services.TryAddSingleton<IHtmlRenderer, HtmlRenderer>();
        return services;
    }
}
