using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StemStl.Cms.Hosting;
using StemStl.Cms.Security;

namespace StemStl.Cms.Data;

/// <summary>Registers the EF Core store on the configured provider.</summary>
internal static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddCmsStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != StoreProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "StemStl:Store:ConnectionString is required when StemStl:Store:Provider is Postgres.")
            .ValidateOnStart();
        services.TryAddSingleton<StoreCacheInvalidation>();
        services.TryAddSingleton(sp => new RolePermissionCache(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<RoleChangeInterceptor>();

        // Lists of ids go to the database as one array parameter (json_each on SQLite, = ANY on PostgreSQL). EF 10's default
        // spreads them over one parameter per id, a statement EF cannot cache: it wrote the SQL again on every batched
        // read, one request at a time under EF's lock for that query, and that lock was the largest wait under load.
        // Options built once, not per scope: every request resolves a service holding the context (the feature gate does),
        // and building the options each time cost more than the cached GraphQL answer it served. (A context pool was
        // tried too: its contexts kept interceptors across service providers, so one site's role change missed another's.)
        services.AddDbContext<SqliteCmsDbContext>((sp, options) => ConfigureSqlite(sp, options), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddDbContext<PostgresCmsDbContext>((sp, options) =>
        {
            var store = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            options.UseNpgsql(store.ConnectionString, npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
            options.AddInterceptors(sp.GetRequiredService<StoreCacheInvalidation>(), sp.GetRequiredService<RoleChangeInterceptor>());
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.TryAddScoped<CmsDbContext>(sp =>
            sp.GetRequiredService<IOptions<StoreOptions>>().Value.Provider == StoreProvider.Postgres
                ? sp.GetRequiredService<PostgresCmsDbContext>()
                : sp.GetRequiredService<SqliteCmsDbContext>());
        return services;
    }

    private static void ConfigureSqlite(IServiceProvider sp, DbContextOptionsBuilder options)
    {
        var store = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
        var connectionString = store.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            var folder = Path.GetFullPath(Path.Combine(root, store.DataFolder));
            Directory.CreateDirectory(folder);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(folder, "stemstl.db"),
                Cache = SqliteCacheMode.Private,
                Pooling = true,
            }.ToString();
        }

        options.UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
        options.AddInterceptors(sp.GetRequiredService<StoreCacheInvalidation>(), sp.GetRequiredService<RoleChangeInterceptor>(), SqlitePragmas.Instance);
    }
}
