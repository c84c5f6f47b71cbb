using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StemStl.Cms.Modules;

/// <summary>Answers 404 for endpoints of a feature that is off, as if they did not exist.</summary>
/// <remarks>
/// It runs on every request, so it asks the process-wide feature cache first and builds the scoped feature manager
/// (and the store context behind it) only when the cache is cold; nothing in this request has changed a feature yet.
/// </remarks>
internal sealed class FeatureGateMiddleware(RequestDelegate next, FeatureStateCache cache)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetOrderedMetadata<RequiresFeatureMetadata>();
        if (metadata is { Count: > 0 })
        {
            var enabled = cache.Current ?? context.RequestServices.GetRequiredService<IFeatureManager>().EnabledFeatureIds;
            if (metadata.Any(m => !enabled.Contains(m.FeatureId)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
