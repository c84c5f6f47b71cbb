using Microsoft.AspNetCore.Http;

namespace StemStl.Cms.Modules;

/// <summary>Answers 404 for endpoints of a feature that is off, as if they did not exist.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, IFeatureManager features)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetOrderedMetadata<RequiresFeatureMetadata>();
        if (metadata is { Count: > 0 } && metadata.Any(m => !features.IsEnabled(m.FeatureId)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
