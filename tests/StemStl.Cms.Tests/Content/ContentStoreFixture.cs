using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Hosting;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Tests.Content;

/// <summary>
/// The engine on a fresh store per test class: a SQLite file in a temp folder, or with
/// <c>STEMSTL_TEST_PROVIDER=Postgres</c> a fresh database on the server named by <c>STEMSTL_TEST_POSTGRES</c>.
/// </summary>
public sealed class ContentStoreFixture : IAsyncLifetime
{
    private string? _folder;
    private string? _postgresAdmin;
    private string? _postgresDatabase;
    private ServiceProvider? _services;
    private string? _unavailable;

    public TestClock Clock { get; } = new();

    public HandlerLog Log { get; } = new();

    /// <summary>
    /// The store, or a skip of the calling test when the PostgreSQL run has no server to use (outside CI only:
    /// under <c>CI=true</c> a missing server fails the run instead).
    /// </summary>
    public IServiceProvider Services
    {
        get
        {
            if (_unavailable is not null)
            {
                Assert.Skip(_unavailable);
            }

            return _services ?? throw new InvalidOperationException("The fixture is not initialised.");
        }
    }

    public bool IsPostgres { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?> { ["StemStl:Scheduling:Enabled"] = "false" };
        IsPostgres = string.Equals(Environment.GetEnvironmentVariable("STEMSTL_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);
        if (IsPostgres)
        {
            _postgresAdmin = Environment.GetEnvironmentVariable("STEMSTL_TEST_POSTGRES");
            if (string.IsNullOrEmpty(_postgresAdmin))
            {
                const string Missing = "STEMSTL_TEST_PROVIDER=Postgres needs STEMSTL_TEST_POSTGRES, a connection string to a server where the tests may create databases.";
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException(Missing);
                }

                _unavailable = Missing;
                return;
            }

            _postgresDatabase = "stemstl_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(_postgresAdmin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection);
                await command.ExecuteNonQueryAsync();
            }

            settings["StemStl:Store:Provider"] = "Postgres";
            settings["StemStl:Store:ConnectionString"] = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            _folder = Path.Combine(Path.GetTempPath(), "stemstl-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            settings["StemStl:Store:Provider"] = "Sqlite";
            settings["StemStl:Store:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "store.db") }.ToString();
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Log);
        services.AddCmsEngine(configuration, new ModuleCatalog([new EngineModule(), new TestContentModule()]));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var scope = Services.CreateAsyncScope();
        await StoreMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<CmsDbContext>(), CancellationToken.None);
        var enabled = await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync([TestContentModule.FeatureId]);
        Assert.True(enabled.Succeeded, string.Join("; ", enabled.Errors));
        var defined = await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().ApplyAsync(TestDefinitions.Change);
        Assert.True(defined.Succeeded, string.Join("; ", defined.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Runs <paramref name="work"/> in a new scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithManagerAsync<T>(Func<IContentManager, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    /// <summary>Row counts of the content tables, to prove a failure wrote nothing.</summary>
    public Task<(int Items, int Index, int Unique, int Audit)> CountRowsAsync() => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        return (await db.ContentItems.CountAsync(), await db.ContentFieldIndex.CountAsync(), await db.ContentUniqueValues.CountAsync(), await db.AuditEvents.CountAsync());
    });

    /// <summary>A valid new article, not yet saved.</summary>
    public static ContentItem Article(string title, string subtitle = "Sub", string? path = null, string? id = null)
    {
        var item = new ContentItem { ContentType = "Article", ContentItemId = id ?? "" };
        item.Part("TestTitlePart")["Title"] = title;
        item.Part("Article")["Subtitle"] = new JsonObject { ["Text"] = subtitle };
        if (path is not null)
        {
            item.Part("TestRoutePart")["Path"] = path;
        }

        return item;
    }
}

/// <summary>A clock the tests move by hand.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
