using System.Text.Json.Nodes;

namespace StemStl.Cms.Recipes;

/// <summary>Validates and runs recipes. A recipe runs in one transaction: every step or none.</summary>
public interface IRecipeExecutor
{
    /// <summary>Checks the whole recipe (header, variables, every step against the state the steps before it leave) without changing anything.</summary>
    Task<RecipeResult> ValidateAsync(JsonNode recipe, IReadOnlyDictionary<string, string>? variables = null, CancellationToken cancellationToken = default);

    /// <summary>Validates, then runs every step in one transaction.</summary>
    /// <param name="progress">Told as each top-level step starts, so a long run (a job) can show how far it got.</param>
    Task<RecipeResult> ExecuteAsync(
        JsonNode recipe, IReadOnlyDictionary<string, string>? variables = null, IProgress<RecipeProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>How far a recipe run got: <paramref name="Done"/> of <paramref name="Total"/> steps, and the step now running.</summary>
public sealed record RecipeProgress(int Done, int Total, string Step);

/// <summary>A recipe known to the host, from the recipes folder or a module.</summary>
public sealed record RecipeDescriptor(string Name, string DisplayName, string Description, bool IsSetupRecipe, string Source);

/// <summary>Finds recipes by name for the <c>recipes</c> step, the admin and first run.</summary>
public interface IRecipeCatalog
{
    Task<IReadOnlyList<RecipeDescriptor>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The recipe's JSON, or null when no recipe has that name.</summary>
    Task<JsonNode?> LoadAsync(string name, CancellationToken cancellationToken = default);
}
