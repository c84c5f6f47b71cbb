using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Campaigns.Active;
using StemStl.Campaigns.Admin;
using StemStl.Campaigns.Endpoints;
using StemStl.Campaigns.GraphQL;
using StemStl.Campaigns.Indexing;
using StemStl.Campaigns.Scheduling;
using StemStl.Campaigns.Validation;
using StemStl.Cms.Admin;
using StemStl.Cms.Modules;

namespace StemStl.Campaigns;

/// <summary>Registers the campaigns feature: its rules and scheduling handlers, its permission, active campaigns over GraphQL and REST, and the calendar.</summary>
public sealed class CampaignsModule : CmsModule
{
    public override ModuleManifest Manifest => Campaigns.Manifest.Module;

    public override void Configure(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<CampaignCatalog>();
        builder.Services.TryAddScoped<ActiveCampaignsQuery>();
        builder.Feature(Campaigns.Manifest.Campaigns, feature => feature
            .AddPermissions<CampaignPermissions>()
            .AddContentHandler<CampaignRules>()
            .AddContentHandler<CampaignScheduler>()
            .AddIndexContributor<CampaignFacetContributor>()
            .AddGraphQL<CampaignSchema>()
            .Contribute<IAdminMenuContributor, CampaignsAdminMenu>()
            .AddAdminPages("/Admin/Campaigns"));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapActiveCampaignEndpoints();
}
