using System.Collections;

namespace StemStl.Cms.Modules;

/// <summary>Filters registered contributions down to those whose feature is on for this scope.</summary>
internal sealed class Enabled<T>(IEnumerable<T> all, FeatureContributionMap map, IFeatureManager features) : IEnabled<T>
    where T : class
{
    public IEnumerator<T> GetEnumerator()
    {
        var enabled = features.EnabledFeatureIds;
        foreach (var item in all)
        {
            var feature = map.FeatureOf(item.GetType());
            if (feature is null || enabled.Contains(feature))
            {
                yield return item;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Which feature each contributed implementation type belongs to. Types not contributed by a feature are engine types and always on.</summary>
internal sealed class FeatureContributionMap(IEnumerable<FeatureContribution> contributions)
{
    private readonly Dictionary<Type, string> _map = contributions
        .GroupBy(c => c.ImplementationType)
        .ToDictionary(g => g.Key, g => g.First().FeatureId);

    public string? FeatureOf(Type implementationType) => _map.GetValueOrDefault(implementationType);
}
