using System.Text.Json.Nodes;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes;

/// <summary>
/// Finds the step that handles a step object by its <c>name</c> (case-insensitive, as in Orchard Core). Every registered
/// step is known, so a step of a feature the recipe enables earlier is found; it is then refused only if its feature
/// is still off at that point of the simulation.
/// </summary>
internal sealed class RecipeStepResolver(IEnumerable<IRecipeStep> steps, FeatureContributionMap contributions)
{
    private readonly List<IRecipeStep> _steps = [.. steps];

    /// <summary>The handler and JSON of step <paramref name="index"/>, or null after reporting why it cannot be read.</summary>
    public (IRecipeStep Handler, JsonObject Json)? Read(string recipeName, int index, JsonNode? step, ICollection<RecipeError> errors)
    {
        if (step is not JsonObject json)
        {
            errors.Add(new RecipeError(recipeName, index, null, "", $"a step must be an object with a \"name\", but it is {RecipeJson.Describe(step)}"));
            return null;
        }

        var nameNode = json["name"];
        if (!RecipeJson.IsString(nameNode))
        {
            var misplaced = RecipeJson.Get(json, "name") is not null ? " (write it in lower case: \"name\")" : "";
            errors.Add(new RecipeError(recipeName, index, null, "name", $"a step needs a string \"name\"{misplaced}"));
            return null;
        }

        var name = nameNode!.GetValue<string>();
        var handler = _steps.FirstOrDefault(s => s.Name == name)
            ?? _steps.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        if (handler is null)
        {
            errors.Add(new RecipeError(recipeName, index, name, "name", RecipeJson.Unknown("step", name, _steps.Select(s => s.Name).Distinct())));
            return null;
        }

        return (handler, json);
    }

    /// <summary>Whether the step's feature is on at this point of the simulation; reports it when not.</summary>
    public bool CheckFeature(IRecipeStep handler, RecipeSimulation simulation, RecipeValidationContext context)
    {
        var feature = contributions.FeatureOf(handler.GetType());
        if (feature is null || simulation.EnabledFeatures.Contains(feature))
        {
            return true;
        }

        context.Error("name", $"step '{handler.Name}' belongs to feature '{feature}', which is not enabled at this point; enable it in an earlier 'feature' step");
        return false;
    }
}
