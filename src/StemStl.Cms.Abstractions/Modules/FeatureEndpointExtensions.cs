using Microsoft.AspNetCore.Builder;

namespace StemStl.Cms.Modules;

/// <summary>Endpoint metadata naming the feature an endpoint belongs to; while it is off the endpoint answers 404.</summary>
public sealed record RequiresFeatureMetadata(string FeatureId);

/// <summary>Tags endpoints with their feature.</summary>
public static class FeatureEndpointExtensions
{
    /// <summary>The endpoints answer 404 while <paramref name="featureId"/> is off.</summary>
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string featureId)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequiresFeatureMetadata(featureId));
        return builder;
    }
}
