using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Admin;
using StemStl.Cms.Jobs;
using StemStl.Cms.Modules;
using StemStl.Resources.Admin;
using StemStl.Resources.Endpoints;
using StemStl.Resources.GraphQL;
using StemStl.Resources.Importing;
using StemStl.Resources.Indexing;
using StemStl.Resources.Validation;

namespace StemStl.Resources;

/// <summary>Registers the resources feature: the Resource rules, the search facets, the CSV import (API, recipe step, admin screen) and GraphQL.</summary>
public sealed class ResourcesModule : CmsModule
{
    public override ModuleManifest Manifest => Resources.Manifest.Module;

    public override void Configure(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ResourceImportOptions>().BindConfiguration(ResourceImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddScoped<ResourceImporter>();
        builder.Services.TryAddScoped<ImportRowLookup>();
        builder.Services.TryAddScoped<ImportRun>();
        builder.Feature(Resources.Manifest.Resources, feature => feature
            .AddContentPart<ResourcePart>()
            .AddIndexContributor<ResourceFacetContributor>()
            .AddPermissions<ResourcePermissions>()
            .AddRecipeStep<ResourceImportStep>()
            .AddJobHandler<ResourceImportJobHandler>()
            .AddGraphQL<ResourceSchema>()
            .Contribute<IAdminMenuContributor, ResourcesAdminMenu>()
            .AddAdminPages("/Admin/Resources"));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapResourceImportEndpoints();
}
