using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Hosting;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Benchmarks;

/// <summary>A real engine on a fresh SQLite file with a Resource type, as the benchmarks' starting point.</summary>
internal sealed class BenchmarkSite : IAsyncDisposable
{
    private readonly string _folder;

    private BenchmarkSite(ServiceProvider services, string folder)
    {
        Services = services;
        _folder = folder;
    }

    public ServiceProvider Services { get; }

    /// <summary>The site's own temp folder; it goes with the site.</summary>
    public string Folder => _folder;

    /// <summary>The SQLite file of the store.</summary>
    public string DatabaseFile => Path.Combine(_folder, "bench.db");

    /// <param name="configure">More services.</param>
    /// <param name="settings">More configuration, where <c>{folder}</c> stands for the site's folder.</param>
    /// <param name="seedDatabase">A store file saved by an earlier run to start from, so a large seed is made once.</param>
    public static async Task<BenchmarkSite> CreateAsync(
        Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null, string? seedDatabase = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stemstl-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (seedDatabase is not null)
        {
            File.Copy(seedDatabase, Path.Combine(folder, "bench.db"));
        }

        var values = new Dictionary<string, string?>
        {
            ["StemStl:Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")};Pooling=true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value?.Replace("{folder}", folder, StringComparison.Ordinal);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new BenchmarkEnvironment(folder));
        services.AddCmsEngine(configuration, ModuleCatalog.Discover());
        configure?.Invoke(services);
        var site = new BenchmarkSite(services.BuildServiceProvider(), folder);

        await using var scope = site.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await StoreMigrator.MigrateAsync(sp.GetRequiredService<CmsDbContext>(), CancellationToken.None);
        var features = sp.GetRequiredService<IFeatureManager>();
        await features.EnableAsync(features.AvailableFeatures.Where(f => f.Feature.EnabledByDefault).Select(f => f.Id));
        var result = await sp.GetRequiredService<IContentDefinitionManager>().ApplyAsync(new ContentDefinitionChange
        {
            Parts = [new ContentPartDefinition("Resource", "Resource", "", [new ContentPartFieldDefinition("Summary", "TextField", "Summary")])],
            Types =
            [
                new ContentTypeDefinition("Resource", "Resource", new ContentTypeSettings(),
                [
                    new ContentTypePartDefinition("TitlePart", "TitlePart"),
                    new ContentTypePartDefinition("MarkdownBodyPart", "MarkdownBodyPart"),
                    new ContentTypePartDefinition("Resource", "Resource"),
                ]),
            ],
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }

        return site;
    }

    /// <summary>Creates and publishes one resource in its own scope, as one request would.</summary>
    public async Task<string> CreateResourceAsync(int n)
    {
        await using var scope = Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("Resource") ?? throw new InvalidOperationException("Resource type missing.");
        item.Part("TitlePart")["Title"] = $"Resource {n}";
        item.Part("MarkdownBodyPart")["Markdown"] = $"A **lesson plan** about robotics, number {n}.";
        item.Part("Resource")["Summary"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Hands-on robotics for grades 6-8." };
        var result = await manager.CreateAsync(item);
        return result.Succeeded
            ? result.Item!.ContentItemId
            : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    /// <summary>Runs <paramref name="work"/> in a new scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>As above, for work with no result.</summary>
    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }

    /// <summary>The host environment modules resolve their folders against (the search index's, for one); these sites have no host.</summary>
    private sealed class BenchmarkEnvironment(string folder) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "StemStl.Cms.Benchmarks";

        public string ContentRootPath { get; set; } = folder;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
