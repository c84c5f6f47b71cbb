using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Campaigns.Active;
using StemStl.Campaigns.Admin;
using StemStl.Campaigns.Endpoints;
using StemStl.Campaigns.GraphQL;
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
            .AddGraphQL<CampaignSchema>()
            .Contribute<IAdminMenuContributor, CampaignsAdminMenu>());

        // The calendar answers 404 while the feature is off, like the API. PostConfigure: Razor Pages' own setup,
        // registered later by the admin, replaces the conventions collection.
        builder.Services.PostConfigure<RazorPagesOptions>(options => options.Conventions.AddFolderRouteModelConvention("/Admin/Campaigns", page =>
        {
            foreach (var selector in page.Selectors)
            {
                selector.EndpointMetadata.Add(new RequiresFeatureMetadata(Campaigns.Manifest.Campaigns));
            }
        }));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapActiveCampaignEndpoints();
}
