namespace StemStl.Cms.Modules;

/// <summary>Which features exist and which are on. Changes take effect on the next request, without a restart.</summary>
public interface IFeatureManager
{
    /// <summary>Every feature of every module the host references.</summary>
    IReadOnlyList<FeatureInfo> AvailableFeatures { get; }

    /// <summary>Whether the feature is on now.</summary>
    bool IsEnabled(string featureId);

    /// <summary>The ids of the features that are on now.</summary>
    IReadOnlySet<string> EnabledFeatureIds { get; }

    /// <summary>Switches features on, with everything they depend on.</summary>
    Task<FeatureChangeResult> EnableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);

    /// <summary>Switches features off; refused when another enabled feature needs one of them.</summary>
    Task<FeatureChangeResult> DisableAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default);
}

/// <summary>A feature with the module that declares it.</summary>
public sealed record FeatureInfo(FeatureManifest Feature, ModuleManifest Module)
{
    public string Id => Feature.Id;
}

/// <summary>The outcome of a feature change: what changed, or why nothing did.</summary>
public sealed record FeatureChangeResult(IReadOnlyList<string> Changed, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
