using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using StemStl.Campaigns;
using StemStl.Cms.Data;
using StemStl.Cms.Hosting;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.ContentFields;
using StemStl.Contents;
using StemStl.Pathways;
using StemStl.Resources;
using StemStl.Search.Lucene;
using StemStl.Workgroups;

namespace StemStl.Cms.Tests.Recipes;

/// <summary>
/// The engine over a fresh SQLite file, with the built-in modules, the modules the setup recipe enables (workgroups, Lucene search, resources, campaigns, pathways) and <see cref="RecipeTestModule"/>, and a recipes
/// folder holding copies of the repository's recipes; tests may add their own recipes to it.
/// </summary>
public sealed class RecipeSite : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stemstl-recipes-" + Guid.NewGuid().ToString("N"));

    internal ServiceProvider Services { get; private set; } = null!;

    public string RecipesFolder => Path.Combine(_folder, "recipes");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(RecipesFolder);
        foreach (var file in Directory.EnumerateFiles(RepositoryRecipes(), "*.json"))
        {
            File.Copy(file, Path.Combine(RecipesFolder, Path.GetFileName(file)));
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["StemStl:Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "site.db")}",
                ["StemStl:Recipes:Folder"] = RecipesFolder,
                ["StemStl:Store:DataFolder"] = _folder,
            })
            .Build();
        var catalog = new ModuleCatalog([new EngineModule(), new ContentsModule(), new ContentFieldsModule(), new WorkgroupsModule(), new LuceneModule(), new ResourcesModule(), new CampaignsModule(), new PathwaysModule(), new RecipeTestModule()]);
        var services = new ServiceCollection();
        services.AddLogging();

        // What the web host gives every module: the search module keeps its indexes under the content root and data folder.
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment
        {
            ApplicationName = "StemStl.Cms.Tests",
            EnvironmentName = Environments.Development,
            ContentRootPath = _folder,
            ContentRootFileProvider = new PhysicalFileProvider(_folder),
        });
        services.AddCmsEngine(configuration, catalog);

        Services = services.BuildServiceProvider(validateScopes: true);

        await using var scope = Services.CreateAsyncScope();
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The repository's recipes/ folder, found by walking up from the test binaries to the solution.</summary>
    public static string RepositoryRecipes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StemStl.Cms.sln")))
            {
                return Path.Combine(dir.FullName, "recipes");
            }
        }

        throw new InvalidOperationException("The repository root (StemStl.Cms.sln) was not found above " + AppContext.BaseDirectory);
    }

    public static JsonNode Load(string fileName) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRecipes(), fileName)))!;

    public Task<RecipeResult> ExecuteAsync(string json, IReadOnlyDictionary<string, string>? variables = null) =>
        ExecuteAsync(JsonNode.Parse(json)!, variables);

    public async Task<RecipeResult> ExecuteAsync(JsonNode recipe, IReadOnlyDictionary<string, string>? variables = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, variables);
    }

    public async Task<RecipeResult> ValidateAsync(string json)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ValidateAsync(JsonNode.Parse(json)!);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Everything a recipe can change, as text, so two states compare with one assertion. The audit trail is left out.</summary>
    public Task<string> FingerprintAsync() => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var text = new StringBuilder();
        foreach (var item in await db.ContentItems.AsNoTracking().OrderBy(i => i.ContentItemVersionId).ToListAsync())
        {
            text.AppendLine($"item {item.ContentItemId} {item.ContentItemVersionId} {item.ContentType} latest={item.Latest} published={item.Published} {item.DisplayText}");
        }

        foreach (var definition in await db.ContentDefinitions.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Name).ToListAsync())
        {
            text.AppendLine($"definition {definition.Kind} {definition.Name} {definition.Document}");
        }

        foreach (var feature in await db.Features.AsNoTracking().OrderBy(f => f.FeatureId).ToListAsync())
        {
            text.AppendLine($"feature {feature.FeatureId} {feature.Enabled}");
        }

        foreach (var section in await db.SiteSettings.AsNoTracking().OrderBy(s => s.Section).ToListAsync())
        {
            text.AppendLine($"settings {section.Section} {section.Document}");
        }

        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name);
        foreach (var role in roles.Values.Order(StringComparer.Ordinal))
        {
            text.AppendLine($"role {role}");
        }

        foreach (var claim in (await db.RoleClaims.AsNoTracking().ToListAsync()).Select(c => $"{roles[c.RoleId]} {c.ClaimType} {c.ClaimValue}").Order(StringComparer.Ordinal))
        {
            text.AppendLine($"claim {claim}");
        }

        return text.ToString();
    });
}
