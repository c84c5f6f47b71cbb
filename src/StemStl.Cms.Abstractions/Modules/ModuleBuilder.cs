using Microsoft.Extensions.DependencyInjection;

namespace StemStl.Cms.Modules;

/// <summary>Hands a module one <see cref="FeatureBuilder"/> per feature declared in its manifest.</summary>
public sealed class ModuleBuilder
{
    private readonly ModuleManifest _manifest;

    /// <summary>Creates a builder for one module.</summary>
    public ModuleBuilder(ModuleManifest manifest, IServiceCollection services)
    {
        _manifest = manifest;
        Services = services;
    }

    /// <summary>The host's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers the contributions of the feature <paramref name="featureId"/>, which the manifest must declare.</summary>
    public ModuleBuilder Feature(string featureId, Action<FeatureBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (!_manifest.Features.Any(f => f.Id == featureId))
        {
            throw new InvalidOperationException(
                $"Module '{_manifest.Id}' configures feature '{featureId}', which its manifest does not declare.");
        }

        configure(new FeatureBuilder(featureId, Services));
        return this;
    }
}
