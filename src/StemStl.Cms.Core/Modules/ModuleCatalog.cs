using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace StemStl.Cms.Modules;

/// <summary>The modules the host references and their features, found once at start-up.</summary>
internal sealed class ModuleCatalog
{
    private readonly Dictionary<string, FeatureInfo> _features;

    public ModuleCatalog(IReadOnlyList<CmsModule> modules)
    {
        Modules = modules;
        _features = [];
        foreach (var module in modules)
        {
            foreach (var feature in module.Manifest.Features)
            {
                if (!_features.TryAdd(feature.Id, new FeatureInfo(feature, module.Manifest)))
                {
                    throw new InvalidOperationException(
                        $"Feature '{feature.Id}' is declared by both '{_features[feature.Id].Module.Id}' and '{module.Manifest.Id}'.");
                }
            }
        }

        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.Feature.Dependencies)
            {
                if (!_features.ContainsKey(dependency))
                {
                    throw new InvalidOperationException(
                        $"Feature '{feature.Id}' of module '{feature.Module.Id}' depends on '{dependency}', which no referenced module declares.");
                }
            }
        }

        Features = [.. _features.Values.OrderBy(f => f.Module.Category).ThenBy(f => f.Id, StringComparer.Ordinal)];
    }

    public IReadOnlyList<CmsModule> Modules { get; }

    public IReadOnlyList<FeatureInfo> Features { get; }

    public FeatureInfo? Find(string featureId) => _features.GetValueOrDefault(featureId);

    /// <summary>The feature and everything it needs, dependencies first.</summary>
    public IEnumerable<string> WithDependencies(string featureId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        Visit(featureId);
        return order;

        void Visit(string id)
        {
            if (!seen.Add(id))
            {
                return;
            }

            foreach (var dependency in _features[id].Feature.Dependencies)
            {
                Visit(dependency);
            }

            order.Add(id);
        }
    }

    /// <summary>
    /// Why <paramref name="featureId"/> may not be switched off while <paramref name="remaining"/> stay on, naming the
    /// features that need it; null when it may. The feature manager and the recipe's feature step both ask here.
    /// </summary>
    public string? DisableRefusal(string featureId, IEnumerable<string> remaining)
    {
        if (Find(featureId) is not { } feature)
        {
            return null;
        }

        if (feature.Feature.AlwaysEnabled)
        {
            return $"Feature '{featureId}' is part of the engine and cannot be disabled.";
        }

        var dependents = remaining
            .Where(other => Find(other)?.Feature.Dependencies.Contains(featureId) == true)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (dependents.Count == 0)
        {
            return null;
        }

        var one = dependents.Count == 1;
        return $"Feature '{featureId}' cannot be disabled: {string.Join(", ", dependents.Select(d => $"'{d}'"))} {(one ? "depends" : "depend")} on it. Disable {(one ? "it" : "them")} first.";
    }

    /// <summary>Finds every concrete <see cref="CmsModule"/> in the project and package assemblies the entry application references.</summary>
    public static ModuleCatalog Discover(Assembly? entryAssembly = null)
    {
        var context = entryAssembly is null ? DependencyContext.Default : DependencyContext.Load(entryAssembly);
        var abstractions = typeof(CmsModule).Assembly.GetName().Name!;
        var assemblies = new List<Assembly> { typeof(ModuleCatalog).Assembly };
        foreach (var library in context?.RuntimeLibraries ?? [])
        {
            if (library.Dependencies.Any(d => d.Name == abstractions) || library.Name == abstractions)
            {
                foreach (var name in library.GetDefaultAssemblyNames(context!))
                {
                    assemblies.Add(Assembly.Load(name));
                }
            }
        }

        var modules = assemblies
            .Distinct()
            .SelectMany(a => a.GetExportedTypes().Concat(a.GetTypes().Where(t => t.Assembly == typeof(ModuleCatalog).Assembly)))
            .Where(t => t.IsSubclassOf(typeof(CmsModule)) && !t.IsAbstract)
            .Distinct()
            .Select(t => (CmsModule)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(m => m.Manifest.Id, StringComparer.Ordinal)
            .ToList();
        return new ModuleCatalog(modules);
    }
}
