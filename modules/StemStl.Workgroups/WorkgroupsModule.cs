using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Admin;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;
using StemStl.Workgroups.Admin;
using StemStl.Workgroups.Endpoints;
using StemStl.Workgroups.GraphQL;
using StemStl.Workgroups.Indexing;
using StemStl.Workgroups.Membership;
using StemStl.Workgroups.PageTree;
using StemStl.Workgroups.Paths;

namespace StemStl.Workgroups;

/// <summary>Registers the workgroups feature: the page path part, membership, its scope and clean-up, the members API, GraphQL, the admin pages (members, the page tree) and the dashboard panels.</summary>
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
        builder.Services.TryAddScoped<WorkgroupPageTree>();
        builder.Feature(Workgroups.Manifest.Workgroups, feature => feature
            .AddContentPart<WorkgroupPagePart>()
            .AddIndexContributor<WorkgroupPageFacetContributor>()
            .AddPermissions<WorkgroupPermissions>()
            .AddContentHandler<WorkgroupRemovedHandler>()
            .Contribute<IWorkgroupScope, WorkgroupScope>()
            .AddGraphQL<WorkgroupSchema>()
            .Contribute<IAdminMenuContributor, WorkgroupsAdminMenu>()
            .Contribute<IAdminDashboardContributor, WorkgroupDashboard>()
            .AddAdminPages("/Admin/Workgroups"));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWorkgroupMemberEndpoints();
}
