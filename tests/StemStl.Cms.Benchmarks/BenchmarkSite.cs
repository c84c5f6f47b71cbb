using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    public static async Task<BenchmarkSite> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stemstl-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["StemStl:Store:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")};Pooling=true",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration);
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
}
