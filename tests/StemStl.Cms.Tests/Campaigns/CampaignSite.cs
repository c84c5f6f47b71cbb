using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Campaigns;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Hosting;
using StemStl.Cms.Modules;
using StemStl.Cms.Recipes;
using StemStl.Cms.Tests.Content;
using StemStl.ContentFields;
using StemStl.Contents;
using StemStl.Resources;
using StemStl.Workgroups;

namespace StemStl.Cms.Tests.Campaigns;

/// <summary>
/// The engine with the content modules and the campaigns module over a fresh SQLite file, the campaigns recipe applied
/// after the workgroups and resources recipes (its sample events and STEM Celebration Week link to their items), and a clock the tests move by hand; the background scheduler is off, tests run its passes themselves.
/// </summary>
public sealed class CampaignSite : IAsyncLifetime
{
    public const string CelebrationWeek = "stemstlcampaign00000000001";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stemstl-campaigns-" + Guid.NewGuid().ToString("N"));

    internal ServiceProvider Services { get; private set; } = null!;

    public TestClock Clock { get; } = new() { Now = new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero) };

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["StemStl:Store:ConnectionString"] = $"Data Source={Path.Combine(_folder, "site.db")}",
                ["StemStl:Recipes:Folder"] = _folder,
                ["StemStl:Scheduling:Enabled"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCmsEngine(configuration, new ModuleCatalog([new EngineModule(), new ContentsModule(), new ContentFieldsModule(), new WorkgroupsModule(), new ResourcesModule(), new CampaignsModule()]));
        Services = services.BuildServiceProvider(validateScopes: true);

        await using var scope = Services.CreateAsyncScope();
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), CancellationToken.None);
        var result = await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(
            JsonNode.Parse("""{ "name": "campaigns-after-their-links", "steps": [ { "name": "recipes", "Values": [ { "name": "workgroups" }, { "name": "resources" }, { "name": "campaigns" } ] } ] }""")!);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithContentAsync<T>(Func<IContentManager, Task<T>> action) =>
        InScopeAsync(sp => action(sp.GetRequiredService<IContentManager>()));

    /// <summary>A valid campaign running from <paramref name="start"/> to <paramref name="end"/>, with a call to action.</summary>
    public static ContentItem Campaign(string name, DateTimeOffset start, DateTimeOffset end, bool scheduleWithDates = false)
    {
        var item = new ContentItem { ContentType = "Campaign" };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = name };
        item.Content["Campaign"] = new JsonObject
        {
            ["Goal"] = new JsonObject { ["Text"] = $"Get people to {name}." },
            ["Channels"] = new JsonObject { ["Values"] = new JsonArray("web", "email") },
            ["CallToAction"] = new JsonObject { ["Url"] = "https://stemstl.org/take-part", ["Text"] = "Take part" },
            ["Start"] = new JsonObject { ["Value"] = start.UtcDateTime.ToString("O") },
            ["End"] = new JsonObject { ["Value"] = end.UtcDateTime.ToString("O") },
            ["ScheduleWithDates"] = new JsonObject { ["Value"] = scheduleWithDates },
        };
        return item;
    }
}
