using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Admin;

/// <summary>Ties a module's admin pages to its feature.</summary>
public static class AdminPagesFeatureBuilderExtensions
{
    /// <summary>
    /// The Razor pages under <paramref name="folder"/> (e.g. <c>/Admin/Campaigns</c>) answer 404 while the feature is
    /// off, as its API endpoints do.
    /// </summary>
    public static FeatureBuilder AddAdminPages(this FeatureBuilder feature, string folder)
    {
        ArgumentNullException.ThrowIfNull(feature);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var featureId = feature.FeatureId;

        // PostConfigure: Razor Pages' own setup, registered later by the admin, replaces the conventions collection.
        feature.Services.PostConfigure<RazorPagesOptions>(options => options.Conventions.AddFolderRouteModelConvention(folder, page =>
        {
            foreach (var selector in page.Selectors)
            {
                selector.EndpointMetadata.Add(new RequiresFeatureMetadata(featureId));
            }
        }));
        return feature;
    }
}
