using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Jobs;
using StemStl.Cms.Recipes.Export;
using StemStl.Cms.Recipes.Steps;

namespace StemStl.Cms.Recipes;

/// <summary>Registers the recipe executor, catalog and the engine's steps.</summary>
internal static class RecipeServiceCollectionExtensions
{
    public static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        // Bound lazily: hosts register IConfiguration, bare engine service collections may not.
        services.AddOptions<RecipeOptions>()
            .Configure<IServiceProvider>((options, sp) => sp.GetService<IConfiguration>()?.GetSection(RecipeOptions.Section).Bind(options));
        services.TryAddSingleton<IRecipeCatalog, RecipeCatalog>();
        services.TryAddScoped<RecipeStepResolver>();
        services.TryAddScoped<RecipeExecutor>();
        services.TryAddScoped<IRecipeExecutor>(sp => sp.GetRequiredService<RecipeExecutor>());

        // Engine steps belong to no feature: they are always on.
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Scoped<IRecipeStep, FeatureStep>(),
            ServiceDescriptor.Scoped<IRecipeStep, ContentDefinitionStep>(),
            ServiceDescriptor.Scoped<IRecipeStep, ContentStep>(),
            ServiceDescriptor.Scoped<IRecipeStep, RolesStep>(),
            ServiceDescriptor.Scoped<IRecipeStep, SettingsStep>(),
            ServiceDescriptor.Scoped<IRecipeStep, RecipesStep>(),
        ]);
        services.TryAddScoped<RecipeExporter>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IJobHandler, RecipeRunJobHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IJobHandler, RecipeExportJobHandler>());
        return services;
    }
}
