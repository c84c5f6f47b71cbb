using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Recipes.Steps;

/// <summary>
/// <c>{"name":"feature","disable":[...],"enable":[...]}</c>: switches features off, then on (Orchard Core's order).
/// Enabling a feature enables its dependencies; disabling one that a remaining feature needs is refused.
/// </summary>
internal sealed class FeatureStep(ModuleCatalog catalog) : IRecipeStep
{
    private static readonly string[] Keys = ["name", "enable", "disable"];

    public string Name => "feature";

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        RecipeJson.CheckKeys(context.Step, "", Keys, context.Error);
        var enable = Known(RecipeJson.StringArray(context.Step, "enable", "", context.Error), context);
        var disable = Known(RecipeJson.StringArray(context.Step, "disable", "", context.Error), context);
        var state = context.State.EnabledFeatures;
        var disabled = disable.Select(d => d.Value).ToHashSet(StringComparer.Ordinal);

        var enabling = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, path) in enable)
        {
            foreach (var needed in catalog.WithDependencies(id))
            {
                if (disabled.Contains(needed))
                {
                    context.Error(path, $"enabling '{id}' needs '{needed}', which this step disables");
                }

                enabling.Add(needed);
            }
        }

        var remaining = state.Except(disabled).Union(enabling).ToList();
        foreach (var (id, path) in disable)
        {
            if (catalog.DisableRefusal(id, remaining) is { } refusal)
            {
                context.Error(path, refusal);
            }
        }

        state.ExceptWith(disabled);
        state.UnionWith(enabling);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var features = context.Services.GetRequiredService<IFeatureManager>();
        var disable = RecipeJson.StringArray(context.Step, "disable", "", Ignore).Select(d => d.Value).ToList();
        var enable = RecipeJson.StringArray(context.Step, "enable", "", Ignore).Select(d => d.Value).ToList();
        if (disable.Count > 0)
        {
            Check(await features.DisableAsync(disable, cancellationToken), "disable");
        }

        if (enable.Count > 0)
        {
            Check(await features.EnableAsync(enable, cancellationToken), "enable");
        }
    }

    private List<(string Value, string Path)> Known(List<(string Value, string Path)> ids, RecipeValidationContext context)
    {
        var known = new List<(string, string)>();
        foreach (var (id, path) in ids)
        {
            if (catalog.Find(id) is null)
            {
                context.Error(path, RecipeJson.Unknown("feature", id, catalog.Features.Select(f => f.Id)));
            }
            else
            {
                known.Add((id, path));
            }
        }

        return known;
    }

    private static void Check(FeatureChangeResult result, string path)
    {
        if (!result.Succeeded)
        {
            throw new RecipeStepException([.. result.Errors.Select(e => (path, e))]);
        }
    }

    private static void Ignore(string path, string message)
    {
    }
}
