using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Hosting;

/// <summary>
/// Brings the store up to date and, on a site not set up yet, runs first-run setup: default features, the setup recipe,
/// the Administrator role and the first administrator. It runs in <see cref="StartingAsync"/>, before the server
/// listens, so no request ever sees a half-set-up site; a failure stops the host.
/// </summary>
internal sealed class SetupService(
    IServiceScopeFactory scopes,
    IOptions<SetupOptions> options,
    TimeProvider clock,
    ILogger<SetupService> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CmsDbContext>();
        await StoreMigrator.MigrateAsync(db, cancellationToken);

        var settings = services.GetRequiredService<ISiteSettings>();
        if (await SetupState.IsCompletedAsync(settings, cancellationToken))
        {
            return;
        }

        var setup = options.Value;
        logger.LogInformation("The site is not set up yet: running setup with recipe '{Recipe}'.", setup.Recipe);
        await EnableDefaultFeaturesAsync(services, cancellationToken);
        await RunSetupRecipeAsync(services, setup.Recipe, cancellationToken);

        string? generatedPassword;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await EnsureAdministratorRoleAsync(services);
            generatedPassword = await EnsureAdministratorAsync(services, setup);
            services.GetRequiredService<IAuditTrail>().Record(new AuditEvent("Setup", "Completed", Details: new JsonObject
            {
                ["recipe"] = setup.Recipe,
                ["admin"] = setup.AdminUserName,
            }));
            await SetupState.MarkCompletedAsync(settings, setup.Recipe, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Setup completed with recipe '{Recipe}'.", setup.Recipe);
        if (generatedPassword is not null)
        {
            PrintPassword(setup.AdminUserName, generatedPassword);
        }
    }

    private static async Task EnableDefaultFeaturesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var features = services.GetRequiredService<IFeatureManager>();
        var defaults = features.AvailableFeatures.Where(f => f.Feature.EnabledByDefault).Select(f => f.Id).ToList();
        var result = await features.EnableAsync(defaults, cancellationToken);
        if (!result.Succeeded)
        {
            throw new SetupFailedException($"Setup could not enable the default features: {string.Join(" ", result.Errors)}");
        }
    }

    private static async Task RunSetupRecipeAsync(IServiceProvider services, string name, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<IRecipeCatalog>();
        var recipe = await catalog.LoadAsync(name, cancellationToken);
        if (recipe is null)
        {
            var known = (await catalog.ListAsync(cancellationToken)).Select(r => r.Name).ToList();
            throw new SetupFailedException(
                $"Setup recipe '{name}' (StemStl:Setup:Recipe) was not found. Known recipes: {(known.Count == 0 ? "none; is the recipes folder there?" : string.Join(", ", known))}.");
        }

        var result = await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.ToString());
            }

            throw new SetupFailedException(
                $"Setup recipe '{result.Recipe}' was refused with {result.Errors.Count} error(s); nothing was set up. Fix the recipe and start again:{Environment.NewLine}" +
                string.Join(Environment.NewLine, result.Errors));
        }
    }

    private static async Task EnsureAdministratorRoleAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<CmsRole>>();
        if (await roles.FindByNameAsync(CmsRoles.Administrator) is not null)
        {
            return;
        }

        var role = new CmsRole { Name = CmsRoles.Administrator, Description = "Holds every permission." };
        Check(await roles.CreateAsync(role), "create the Administrator role");
        var grants = services.GetServices<IPermissionProvider>()
            .SelectMany(p => p.GetDefaultStereotypes())
            .Where(s => s.Role == CmsRoles.Administrator)
            .SelectMany(s => s.Permissions)
            .Select(p => p.Name)
            .Distinct(StringComparer.Ordinal);
        foreach (var permission in grants)
        {
            Check(await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission)), $"grant {permission} to Administrator");
        }
    }

    /// <summary>Creates the administrator when missing; returns the password when it was generated.</summary>
    private async Task<string?> EnsureAdministratorAsync(IServiceProvider services, SetupOptions setup)
    {
        var users = services.GetRequiredService<UserManager<CmsUser>>();
        var user = await users.FindByNameAsync(setup.AdminUserName);
        string? generated = null;
        if (user is null)
        {
            var password = string.IsNullOrEmpty(setup.AdminPassword) ? generated = AdminPassword.Generate() : setup.AdminPassword;
            user = new CmsUser
            {
                UserName = setup.AdminUserName,
                Email = setup.AdminEmail,
                EmailConfirmed = true,
                DisplayName = "Administrator",
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, password), generated is null
                ? $"create the administrator '{setup.AdminUserName}' from StemStl:Setup:AdminUserName, AdminEmail and AdminPassword (a configured StemStl:Setup:AdminPassword must meet the password rules)"
                : $"create the administrator '{setup.AdminUserName}' from StemStl:Setup:AdminUserName and AdminEmail");
        }

        if (!await users.IsInRoleAsync(user, CmsRoles.Administrator))
        {
            Check(await users.AddToRoleAsync(user, CmsRoles.Administrator), $"make '{setup.AdminUserName}' an Administrator");
        }

        return generated;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new SetupFailedException($"Setup could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static void PrintPassword(string userName, string password)
    {
        const string Rule = "================================================================";
        Console.Out.WriteLine(Rule);
        Console.Out.WriteLine(" StemStl.Cms first run: the administrator account was created.");
        Console.Out.WriteLine($"   user name: {userName}");
        Console.Out.WriteLine($"   password:  {password}");
        Console.Out.WriteLine(" This password is shown only this once. Sign in and change it");
        Console.Out.WriteLine(" (POST /api/account/change-password), or set");
        Console.Out.WriteLine(" StemStl:Setup:AdminPassword before the first run next time.");
        Console.Out.WriteLine(Rule);
        Console.Out.Flush();
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>First-run setup could not finish; the message says what to fix.</summary>
internal sealed class SetupFailedException(string message) : Exception(message);
