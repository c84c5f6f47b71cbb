using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Recipes;

/// <summary>The state the recipe would leave, built up step by step during validation.</summary>
public sealed class RecipeSimulation
{
    public required Dictionary<string, ContentTypeDefinition> Types { get; init; }

    public required Dictionary<string, ContentPartDefinition> Parts { get; init; }

    /// <summary>Features on after the steps so far.</summary>
    public required HashSet<string> EnabledFeatures { get; init; }

    /// <summary>Role names that exist after the steps so far.</summary>
    public required HashSet<string> Roles { get; init; }

    /// <summary>Ids of content items the recipe creates so far, with their types, so later steps may refer to them.</summary>
    public Dictionary<string, string> ContentItems { get; } = [];

    /// <summary>Names of the recipes on the current <c>recipes</c> chain, to refuse cycles.</summary>
    public Stack<string> RecipeChain { get; } = [];

    /// <summary>Free-form state for module steps.</summary>
    public Dictionary<string, object> Items { get; } = [];
}

/// <summary>What a step sees while it is validated.</summary>
public sealed class RecipeValidationContext
{
    private readonly ICollection<RecipeError> _errors;

    public RecipeValidationContext(string recipeName, int stepIndex, JsonObject step, RecipeSimulation state, ICollection<RecipeError> errors)
    {
        RecipeName = recipeName;
        StepIndex = stepIndex;
        Step = step;
        State = state;
        _errors = errors;
    }

    public string RecipeName { get; }

    public int StepIndex { get; }

    /// <summary>The step's JSON, variables already substituted.</summary>
    public JsonObject Step { get; }

    public string StepName => Step["name"]?.GetValue<string>() ?? "";

    public RecipeSimulation State { get; }

    /// <summary>Reports a problem at <paramref name="path"/>, a JSON path relative to the step (e.g. <c>ContentTypes[2].Parts[0]</c>).</summary>
    public void Error(string path, string message) => _errors.Add(new RecipeError(RecipeName, StepIndex, StepName, path, message));

    public bool HasErrors => _errors.Any(e => e.StepIndex == StepIndex && e.Recipe == RecipeName);
}

/// <summary>What a step sees while it runs.</summary>
public sealed class RecipeExecutionContext
{
    public RecipeExecutionContext(string recipeName, int stepIndex, JsonObject step, IServiceProvider services)
    {
        RecipeName = recipeName;
        StepIndex = stepIndex;
        Step = step;
        Services = services;
    }

    public string RecipeName { get; }

    public int StepIndex { get; }

    public JsonObject Step { get; }

    /// <summary>The scope the recipe runs in (one database transaction).</summary>
    public IServiceProvider Services { get; }
}

/// <summary>One problem with a recipe: which recipe, which step, where in the step, and what.</summary>
public sealed record RecipeError(string Recipe, int? StepIndex, string? StepName, string Path, string Message)
{
    public override string ToString()
    {
        var where = StepIndex is null ? $"recipe '{Recipe}'" : $"recipe '{Recipe}' step {StepIndex} ({StepName})";
        return string.IsNullOrEmpty(Path) ? $"{where}: {Message}" : $"{where}: {Path}: {Message}";
    }
}

/// <summary>The outcome of running or validating a recipe. A failed recipe changed nothing.</summary>
public sealed record RecipeResult(string Recipe, IReadOnlyList<RecipeError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
