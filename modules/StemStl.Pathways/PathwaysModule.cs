using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Admin;
using StemStl.Cms.Modules;
using StemStl.Pathways.Admin;
using StemStl.Pathways.GraphQL;
using StemStl.Pathways.Indexing;
using StemStl.Pathways.Stages;
using StemStl.Pathways.Wages;

namespace StemStl.Pathways;

/// <summary>Registers the pathways feature: the stages part and its search entries, the living-wage threshold and the GraphQL additions, matching among them, and the living-wage admin page.</summary>
public sealed class PathwaysModule : CmsModule
{
    public override ModuleManifest Manifest => Pathways.Manifest.Module;

    public override void Configure(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<LivingWage>();
        builder.Feature(Pathways.Manifest.Pathways, feature => feature
            .AddContentPart<PathwayStagesPart>()
            .AddIndexContributor<PathwayStagesIndexContributor>()
            .AddIndexContributor<PathwayFacetContributor>()
            .AddGraphQL<PathwaySchema>()
            .AddPermissions<PathwayPermissions>()
            .Contribute<IAdminMenuContributor, PathwaysAdminMenu>()
            .AddAdminPages("/Admin/Pathways"));
    }
}
