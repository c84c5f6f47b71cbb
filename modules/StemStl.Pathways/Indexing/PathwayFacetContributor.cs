using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Indexing;
using StemStl.Pathways.Stages;
using StemStl.Pathways.Wages;

namespace StemStl.Pathways.Indexing;

/// <summary>
/// Short facet names for the Blueprint4STEM filters: <c>cluster</c> holds the industry cluster's term ids, <c>stage</c>
/// the stages the pathway has (MiddleSchool … EarlyCareer), and <c>clearsLivingWage</c> whether one of its published
/// occupations (its own or its stages') pays at least the living-wage threshold. That last one reads other items and
/// the site settings, so it is as of the pathway's last indexing: after changing the threshold or a wage, rebuild the
/// <c>pathways</c> index. It is left out when no threshold is set or no occupation has a wage, so no one filters on a guess.
/// </summary>
internal sealed class PathwayFacetContributor(IContentManager content, LivingWage livingWage) : IContentIndexContributor
{
    public ContentIndexElement Element => ContentIndexElement.Part;

    public string KindName => PathwayModel.PathwayType;

    public void Contribute(ContentIndexContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cluster = context.Part?[PathwayModel.ClusterField] as JsonObject;
        foreach (var term in PathwayModel.Strings(cluster, "TermContentItemIds"))
        {
            context.Document.AddKeyword("cluster", term);
        }

        foreach (var stage in PathwayStage.Of(context.Item).Select(s => s.Kind).Distinct())
        {
            context.Document.AddKeyword("stage", stage.ToString());
        }
    }

    public async ValueTask ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        Contribute(context);
        var ids = PathwayModel.OccupationsOf(context.Item).Concat(PathwayStage.Of(context.Item).SelectMany(s => s.Occupations)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var wages = (await content.GetManyAsync(ids, VersionOptions.Published, cancellationToken))
            .Where(o => o.ContentType == PathwayModel.OccupationType)
            .Select(PathwayModel.MedianWageOf)
            .ToList();
        var clears = new List<bool?>();
        foreach (var wage in wages)
        {
            clears.Add(await livingWage.ClearsAsync(wage, cancellationToken));
        }

        if (clears.Any(c => c is not null))
        {
            context.Document.AddBoolean("clearsLivingWage", clears.Contains(true));
        }
    }
}
