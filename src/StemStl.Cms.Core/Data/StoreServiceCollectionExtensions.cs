using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StemStl.Cms.Hosting;

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

        services.AddDbContext<SqliteCmsDbContext>((sp, options) => ConfigureSqlite(sp, options));
        services.AddDbContext<PostgresCmsDbContext>((sp, options) =>
        {
            var store = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            options.UseNpgsql(store.ConnectionString);
            options.AddInterceptors(sp.GetRequiredService<StoreCacheInvalidation>());
        });
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

        options.UseSqlite(connectionString);
        options.AddInterceptors(sp.GetRequiredService<StoreCacheInvalidation>(), SqlitePragmas.Instance);
    }
}
