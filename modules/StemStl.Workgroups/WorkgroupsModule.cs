using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Admin;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Workgroups.Admin;
using StemStl.Workgroups.Endpoints;
using StemStl.Workgroups.GraphQL;
using StemStl.Workgroups.Membership;
using StemStl.Workgroups.Paths;

namespace StemStl.Workgroups;

/// <summary>Registers the workgroups feature: the page path part, membership, its scope and clean-up, the members API, GraphQL and the admin pages.</summary>
public sealed class WorkgroupsModule : CmsModule
{
    public override ModuleManifest Manifest => Workgroups.Manifest.Module;

    public override void Configure(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<MembershipWriteLock>();
        builder.Services.TryAddScoped<WorkgroupMembership>();
        builder.Services.TryAddScoped<WorkgroupPeople>();
        builder.Services.TryAddScoped<MembershipAdmin>();
        builder.Feature(Workgroups.Manifest.Workgroups, feature => feature
            .AddContentPart<WorkgroupPagePart>()
            .AddPermissions<WorkgroupPermissions>()
            .AddContentHandler<WorkgroupRemovedHandler>()
            .Contribute<IWorkgroupScope, WorkgroupScope>()
            .AddGraphQL<WorkgroupSchema>()
            .Contribute<IAdminMenuContributor, WorkgroupsAdminMenu>());

        // The admin pages answer 404 while the feature is off, like its API. PostConfigure: Razor Pages' own setup,
        // registered later by the admin, replaces the conventions collection.
        builder.Services.PostConfigure<RazorPagesOptions>(options => options.Conventions.AddFolderRouteModelConvention("/Admin/Workgroups", page =>
        {
            foreach (var selector in page.Selectors)
            {
                selector.EndpointMetadata.Add(new RequiresFeatureMetadata(Workgroups.Manifest.Workgroups));
            }
        }));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWorkgroupMemberEndpoints();
}
