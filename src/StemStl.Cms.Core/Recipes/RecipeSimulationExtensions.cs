using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes;

/// <summary>Filters contributions by the features that are on in a recipe's simulation rather than in the store.</summary>
internal static class RecipeSimulationExtensions
{
    /// <summary>The items of <paramref name="all"/> that belong to no feature or to a feature on in <paramref name="simulation"/>.</summary>
    public static IEnumerable<T> EnabledIn<T>(this FeatureContributionMap contributions, IEnumerable<T> all, RecipeSimulation simulation)
        where T : class =>
        all.Where(item => contributions.FeatureOf(item.GetType()) is not { } feature || simulation.EnabledFeatures.Contains(feature));
}
