using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Hosting;
using StemStl.Cms.Jobs;
using StemStl.Cms.Modules;
using StemStl.Cms.Tests.Content;

namespace StemStl.Cms.Tests.Jobs;

/// <summary>The engine on a fresh SQLite file with the test job handlers and a test clock; the runner is driven by hand.</summary>
public sealed class JobRunnerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stemstl-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public TestClock Clock { get; } = new();

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    internal JobRunner Runner => Services.GetRequiredService<JobRunner>();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["StemStl:Scheduling:Enabled"] = "false",
            ["StemStl:Store:Provider"] = "Sqlite",
            ["StemStl:Store:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "store.db") }.ToString(),
            ["StemStl:Jobs:ProgressIntervalMilliseconds"] = "20",
            ["StemStl:Jobs:StaleAfterSeconds"] = "60",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCmsEngine(configuration, new ModuleCatalog([new EngineModule(), new JobTestModule()]));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = Services.CreateAsyncScope();
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), CancellationToken.None);
        await SwitchAsync(enabled: true);
    }

    public async Task SwitchAsync(bool enabled)
    {
        await using var scope = Services.CreateAsyncScope();
        var features = scope.ServiceProvider.GetRequiredService<IFeatureManager>();
        var result = enabled ? await features.EnableAsync([JobTestModule.FeatureId]) : await features.DisableAsync([JobTestModule.FeatureId]);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    public async Task<JobInfo> EnqueueAsync(string kind, System.Text.Json.Nodes.JsonNode? argument = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IJobQueue>().EnqueueAsync(kind, $"Test {kind}", argument, TestContext.Current.CancellationToken);
    }

    public async Task<JobInfo> GetAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IJobQueue>().GetAsync(id, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Runs queued jobs until none is left.</summary>
    public async Task DrainAsync()
    {
        while (await Runner.RunNextAsync(TestContext.Current.CancellationToken))
        {
        }
    }

    public async Task WithDbAsync(Func<CmsDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the job, or fails after ten seconds.</summary>
    public async Task<JobInfo> WaitForAsync(string id, Func<JobInfo, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var job = await GetAsync(id);
            if (condition(job))
            {
                return job;
            }

            Assert.False(timeout.IsCancellationRequested, $"Job {id} never reached the expected state; last seen: {job}");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
