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
    /// <summary>Contexts kept for reuse; beyond this many in use at once, new ones are made and dropped after use.</summary>
    private const int PoolSize = 256;

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
        // Contexts come from a pool: every request uses one (the GraphQL list and its relations, the feature gate when
        // cold), and setting up a new context's internal services was 8 % of the CPU of an uncached GraphQL read.
        // A pool belongs to its service provider, with options built once from it, interceptors included.
        services.AddDbContextPool<SqliteCmsDbContext>((sp, options) => ConfigureSqlite(sp, options), PoolSize);
        services.AddDbContextPool<PostgresCmsDbContext>((sp, options) =>
        {
            var store = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            options.UseNpgsql(store.ConnectionString, npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
            options.AddInterceptors(sp.GetRequiredService<StoreCacheInvalidation>(), sp.GetRequiredService<RoleChangeInterceptor>());
        }, PoolSize);
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
