namespace StemStl.Cms.Recipes;

/// <summary>
/// One kind of recipe step, named as in Orchard Core where one exists (<c>feature</c>, <c>ContentDefinition</c>, <c>content</c>).
/// The whole recipe is validated before any step runs: <see cref="ValidateAsync"/> checks the step's JSON and records in
/// <see cref="RecipeValidationContext.State"/> what the step would change, so later steps are validated against it.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of the step's <c>name</c> property.</summary>
    string Name { get; }

    /// <summary>Reports every problem with the step; changes nothing stored.</summary>
    Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken);

    /// <summary>Carries the step out, inside the recipe's transaction. Running it twice leaves the same state.</summary>
    Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken);
}
