using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Audit;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Security;

/// <summary>Registers Identity, API tokens, authentication and content authorization.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddCmsSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<CurrentUser>();
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.TryAddScoped<IAuditTrail, AuditTrail>();
        services.TryAddScoped<ISiteSettings, SiteSettings>();
        return services;
    }
}
