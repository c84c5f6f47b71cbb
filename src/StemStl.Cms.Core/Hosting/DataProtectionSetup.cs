using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StemStl.Cms.Hosting;

/// <summary>
/// Keeps the data-protection keys (sign-in cookies, antiforgery, webhook secrets) in the site's data folder, so they
/// survive a restart and travel with the site's App_Data instead of the user profile of whoever runs it.
/// </summary>
internal static class DataProtectionSetup
{
    public static IServiceCollection AddCmsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("StemStl.Cms");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, sp) =>
        {
            var store = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            var folder = new DirectoryInfo(Path.Combine(Path.GetFullPath(Path.Combine(root, store.DataFolder)), "keys"));
            options.XmlRepository = new FileSystemXmlRepository(folder, sp.GetRequiredService<ILoggerFactory>());
        });
        return services;
    }
}
