using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content.Definitions;
using StemStl.Cms.Definitions;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>ContentDefinition</c> step: types, parts and fields with their settings, plus deletions. Validated with the
/// engine's definition rules against the simulated definitions and the part and field kinds of the features on at that point.
/// </summary>
internal sealed class ContentDefinitionStep(
    IEnumerable<ContentPartKind> partKinds,
    IEnumerable<ContentFieldKind> fieldKinds,
    FeatureContributionMap contributions) : IRecipeStep
{
    public string Name => "ContentDefinition";

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        var (change, map) = OrchardDefinitionReader.Read(context.Step, context.Error);
        var state = context.State;
        var parts = ByName(contributions.EnabledIn(partKinds, state), k => k.Name);
        var fields = ByName(contributions.EnabledIn(fieldKinds, state), k => k.Name);
        foreach (var error in ContentDefinitionValidator.Validate(change, state.Types, state.Parts, parts, fields))
        {
            context.Error(map.ToRecipePath(error.Path), error.Message.TrimEnd('.'));
        }

        if (!context.HasErrors)
        {
            var (types, definitions) = ContentDefinitionValidator.Apply(change, state.Types, state.Parts);
            Replace(state.Types, types);
            Replace(state.Parts, definitions);
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var (change, map) = OrchardDefinitionReader.Read(context.Step, static (_, _) => { });
        var result = await context.Services.GetRequiredService<IContentDefinitionManager>().ApplyAsync(change, cancellationToken);
        if (!result.Succeeded)
        {
            throw new RecipeStepException([.. result.Errors.Select(e => (map.ToRecipePath(e.Path), e.Message.TrimEnd('.')))]);
        }
    }

    private static Dictionary<string, T> ByName<T>(IEnumerable<T> kinds, Func<T, string> name)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            map.TryAdd(name(kind), kind);
        }

        return map;
    }

    private static void Replace<T>(Dictionary<string, T> target, Dictionary<string, T> source)
    {
        target.Clear();
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }
}
