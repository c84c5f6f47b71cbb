using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StemStl.Cms.Modules;

namespace StemStl.Cms.IntegrationTests.Infrastructure;

/// <summary>A test-only module whose one endpoint exists while its feature is on.</summary>
public sealed class FeatureProbeModule : CmsModule
{
    public const string FeatureId = "StemStl.Tests.FeatureProbe";
    public const string Path = "/api/feature-probe";

    public override ModuleManifest Manifest { get; } = new(
        "StemStl.Tests.FeatureProbe",
        "Feature probe",
        "An endpoint that answers only while its feature is on.",
        "Tests",
        [new FeatureManifest(FeatureId, "Feature probe", "Maps /api/feature-probe.")]);

    public override void Configure(ModuleBuilder builder) => builder.Feature(FeatureId, _ => { });

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, () => TypedResults.Ok(new { feature = FeatureId })).RequireFeature(FeatureId);
}
