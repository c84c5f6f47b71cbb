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
            .AddIndexContributor<WorkgroupPageFacetContributor>()
            .AddPermissions<WorkgroupPermissions>()
            .AddContentHandler<WorkgroupRemovedHandler>()
            .Contribute<IWorkgroupScope, WorkgroupScope>()
            .AddGraphQL<WorkgroupSchema>()
            .Contribute<IAdminMenuContributor, WorkgroupsAdminMenu>()
            .AddAdminPages("/Admin/Workgroups"));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapWorkgroupMemberEndpoints();
}
