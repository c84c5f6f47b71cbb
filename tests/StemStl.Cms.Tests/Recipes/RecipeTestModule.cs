using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Tests.Recipes;

/// <summary>A module whose feature, off by default, contributes a recipe step and a permission.</summary>
internal sealed class RecipeTestModule : CmsModule
{
    public const string Feature = "Test.Widgets";

    public override ModuleManifest Manifest { get; } = new(
        "Test.Widgets", "Widgets", "Widgets for recipe tests.", "Test",
        [new FeatureManifest(Feature, "Widgets", "A recipe step and a permission.")]);

    public override void Configure(ModuleBuilder builder) =>
        builder.Feature(Feature, f => f.AddRecipeStep<WidgetsStep>().AddPermissions<WidgetPermissions>());
}

/// <summary><c>{"name":"widgets","count":3}</c>: stores the count in the <c>Widgets</c> settings section.</summary>
internal sealed class WidgetsStep : IRecipeStep
{
    public string Name => "widgets";

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        if (context.Step["count"] is not JsonValue)
        {
            context.Error("count", "a count is required");
        }

        return Task.CompletedTask;
    }

    public Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken) =>
        context.Services.GetRequiredService<ISiteSettings>()
            .SetSectionAsync("Widgets", new JsonObject { ["Count"] = context.Step["count"]!.DeepClone() }, cancellationToken: cancellationToken);
}

internal sealed class WidgetPermissions : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [new Permission("ManageWidgets", "Manage widgets")];
}
