using Microsoft.Extensions.DependencyInjection;

namespace StemStl.Cms.Recipes;

/// <summary>Registers the recipe executor, catalog and the engine's steps.</summary>
internal static class RecipeServiceCollectionExtensions
{
    public static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        return services;
    }
}
