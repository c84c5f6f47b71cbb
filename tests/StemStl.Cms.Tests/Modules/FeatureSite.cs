using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Handlers;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;

namespace StemStl.Cms.Tests.Modules;

/// <summary>The module and feature services over a fresh SQLite file, with <see cref="ChartsModule"/> as the only module.</summary>
public sealed class FeatureSite : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stemstl-features-" + Guid.NewGuid().ToString("N"));

    internal ServiceProvider Services { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var catalog = new ModuleCatalog([new ChartsModule()]);
        var services = new ServiceCollection();
        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreCacheInvalidation>();
        services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        services.AddDbContext<CmsDbContext, SqliteCmsDbContext>((sp, o) => o
            .UseSqlite($"Data Source={Path.Combine(_folder, "features.db")}")
            .AddInterceptors(sp.GetRequiredService<StoreCacheInvalidation>()));
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddSingleton<FeatureStateCache>();
        services.AddSingleton<FeatureContributionMap>();
        services.AddScoped<IFeatureManager, FeatureManager>();
        services.AddScoped(typeof(IEnabled<>), typeof(Enabled<>));
        services.AddScoped<IContentHandler, EngineHandler>();
        foreach (var module in catalog.Modules)
        {
            module.Configure(new ModuleBuilder(module.Manifest, services));
        }

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
}
