using Microsoft.AspNetCore.Routing;

namespace StemStl.Cms.Modules;

/// <summary>
/// The entry point of a module. The host finds every concrete subclass in the assemblies it references,
/// reads <see cref="Manifest"/>, and calls <see cref="Configure"/> once per feature at start-up.
/// All contributions are registered up front; which ones take effect is decided per request from
/// the features that are switched on, so toggling a feature needs no restart.
/// </summary>
public abstract class CmsModule
{
    /// <summary>The module's manifest.</summary>
    public abstract ModuleManifest Manifest { get; }

    /// <summary>Registers what each feature contributes.</summary>
    public abstract void Configure(ModuleBuilder builder);

    /// <summary>Maps the module's endpoints. Each group must be tagged with its feature via <see cref="FeatureEndpointExtensions.RequireFeature{TBuilder}"/>.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
