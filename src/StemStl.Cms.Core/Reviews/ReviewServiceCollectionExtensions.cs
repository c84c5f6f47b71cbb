using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Handlers;

namespace StemStl.Cms.Reviews;

/// <summary>Registers review before publishing.</summary>
internal static class ReviewServiceCollectionExtensions
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.TryAddScoped<ReviewWorkflow>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, ReviewClearingHandler>());
        return services;
    }
}
