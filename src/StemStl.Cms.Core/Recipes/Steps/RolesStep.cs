using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;

namespace StemStl.Cms.Recipes.Steps;

/// <summary>
/// <c>{"name":"Roles","Roles":[{"Name","Description","PermissionBehavior","Permissions":[...]}]}</c>: creates or updates roles.
/// Permissions are role claims; by default (<c>Replace</c>) a role ends up with exactly the listed ones, <c>Add</c> and
/// <c>Remove</c> change only those listed, as in Orchard Core.
/// </summary>
internal sealed class RolesStep(IEnumerable<IPermissionProvider> providers, FeatureContributionMap contributions) : IRecipeStep
{
    private static readonly string[] StepKeys = ["name", "Roles"];
    private static readonly string[] RoleKeys = ["Name", "Description", "PermissionBehavior", "Permissions"];
    private static readonly string[] Behaviors = ["Replace", "Add", "Remove"];

    public string Name => "Roles";

    public Task ValidateAsync(RecipeValidationContext context, CancellationToken cancellationToken)
    {
        RecipeJson.CheckKeys(context.Step, "", StepKeys, context.Error);
        var known = KnownPermissions(context.State);
        foreach (var (role, path) in Roles(context.Step, context.Error))
        {
            RecipeJson.CheckKeys(role, path, RoleKeys, context.Error);
            var name = RecipeJson.RequiredString(role, "Name", path, context.Error);
            RecipeJson.OptionalString(role, "Description", path, context.Error);
            var behavior = RecipeJson.OptionalString(role, "PermissionBehavior", path, context.Error);
            if (behavior is not null && !Behaviors.Contains(behavior, StringComparer.OrdinalIgnoreCase))
            {
                context.Error(RecipeJson.Child(path, "PermissionBehavior"), RecipeJson.Unknown("permission behavior", behavior, Behaviors));
            }

            foreach (var (permission, at) in RecipeJson.StringArray(role, "Permissions", path, context.Error))
            {
                if (!known.Contains(permission))
                {
                    context.Error(at, RecipeJson.Unknown("permission", permission, known));
                }
            }

            if (name is not null)
            {
                context.State.Roles.Add(name);
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var roles = context.Services.GetRequiredService<RoleManager<CmsRole>>();
        foreach (var (json, path) in Roles(context.Step, static (_, _) => { }))
        {
            var name = RecipeJson.Get(json, "Name")!.GetValue<string>();
            var description = RecipeJson.OptionalString(json, "Description", path, static (_, _) => { });
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new CmsRole { Name = name, Description = description };
                Check(await roles.CreateAsync(role), path);
            }
            else if (description is not null && description != role.Description)
            {
                role.Description = description;
                Check(await roles.UpdateAsync(role), path);
            }

            await SetPermissionsAsync(roles, role, json, path);
        }
    }

    private static async Task SetPermissionsAsync(RoleManager<CmsRole> roles, CmsRole role, JsonObject json, string path)
    {
        var listed = RecipeJson.StringArray(json, "Permissions", path, static (_, _) => { }).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
        var behavior = RecipeJson.OptionalString(json, "PermissionBehavior", path, static (_, _) => { }) ?? "Replace";
        var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType).ToList();
        var held = current.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        var remove = behavior.ToUpperInvariant() switch
        {
            "ADD" => [],
            "REMOVE" => current.Where(c => listed.Contains(c.Value)).ToList(),
            _ => current.Where(c => !listed.Contains(c.Value)).ToList(),
        };
        var add = behavior.Equals("Remove", StringComparison.OrdinalIgnoreCase) ? [] : listed.Where(p => !held.Contains(p)).Order(StringComparer.Ordinal).ToList();

        foreach (var claim in remove)
        {
            Check(await roles.RemoveClaimAsync(role, claim), path);
        }

        foreach (var permission in add)
        {
            Check(await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission)), path);
        }
    }

    /// <summary>Permissions of providers whose feature is on in the simulation, plus the content permissions, global and per simulated type.</summary>
    private HashSet<string> KnownPermissions(RecipeSimulation simulation)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var provider in contributions.EnabledIn(providers, simulation))
        {
            known.UnionWith(provider.GetPermissions().Select(p => p.Name));
        }

        known.UnionWith(ContentPermissions.All.Select(p => p.Name));
        foreach (var type in simulation.Types.Keys)
        {
            known.UnionWith(ContentPermissions.ForType(type).Select(p => p.Name));
        }

        return known;
    }

    private static IEnumerable<(JsonObject Role, string Path)> Roles(JsonObject step, Action<string, string> error)
    {
        var node = RecipeJson.Get(step, "Roles");
        if (node is not JsonArray array)
        {
            error("Roles", node is null ? "the step needs a \"Roles\" array" : $"'Roles' must be an array of role objects, but it is {RecipeJson.Describe(node)}");
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = RecipeJson.Index("Roles", i);
            if (array[i] is JsonObject role)
            {
                yield return (role, path);
            }
            else
            {
                error(path, $"a role must be an object with a \"Name\", but it is {RecipeJson.Describe(array[i])}");
            }
        }
    }

    private static void Check(IdentityResult result, string path)
    {
        if (!result.Succeeded)
        {
            throw new RecipeStepException([.. result.Errors.Select(e => (path, e.Description))]);
        }
    }
}
