using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Recipes.Steps;

/// <summary><c>{"name":"Settings","Site":{...},"Other":{...}}</c>: merges each section into the site settings.</summary>
internal sealed class SettingsStep : IRecipeStep
{
    public string Name => "Settings";

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var (section, value) in Sections(context.Step))
        {
            if (value is not JsonObject)
            {
                context.Error(section, $"a settings section must be an object of settings, but it is {RecipeJson.Describe(value)}");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var settings = context.Services.GetRequiredService<ISiteSettings>();
        foreach (var (section, value) in Sections(context.Step))
        {
            await settings.SetSectionAsync(section, (JsonObject)value!.DeepClone(), merge: true, cancellationToken);
        }
    }

    private static IEnumerable<(string Section, JsonNode? Value)> Sections(JsonObject step) =>
        step.Where(p => p.Key != "name").Select(p => (p.Key, p.Value));
}
