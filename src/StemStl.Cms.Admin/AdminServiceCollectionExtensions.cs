using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Admin.Editors;
using StemStl.Cms.Admin.Menu;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin;

/// <summary>Adds the admin shell: Razor Pages under <c>/admin</c>, open only to holders of <c>AccessAdminPanel</c>.</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>Registers the admin pages, their authorization conventions and the admin menu.</summary>
    public static IServiceCollection AddCmsAdmin(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", CmsPolicies.AccessAdminPanel);
            options.Conventions.AllowAnonymousToPage("/Admin/Login");
            options.Conventions.AllowAnonymousToPage("/Admin/Denied");
            options.Conventions.AllowAnonymousToPage("/Admin/SignOut");
        });
        services.TryAddScoped<IAdminMenu, AdminMenu>();
        services.TryAddScoped<ListableTypes>();
        services.TryAddScoped<ContentEditorBuilder>();
        services.TryAddScoped<ContentEditing>();
        services.TryAddScoped<PreviewOnSite>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAdminMenuContributor, CoreAdminMenu>());
        return services;
    }

    /// <summary>Maps the admin pages. Call after <c>UseStemStlCms</c>.</summary>
    public static WebApplication MapCmsAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRazorPages();
        return app;
    }
}
