using StemStl.Cms.Indexing;
using StemStl.Pathways.Stages;

namespace StemStl.Pathways.Indexing;

/// <summary>
/// A pathway's stages in its search document: the stage names as exact values (a facet: "pathways with an early-career
/// stage"), and courses, experiences and credentials as words, so searching "AP Biology" finds the pathway.
/// </summary>
internal sealed class PathwayStagesIndexContributor : IContentIndexContributor
{
    public ContentIndexElement Element => ContentIndexElement.Part;

    public string KindName => PathwayModel.StagesPart;

    public void Contribute(ContentIndexContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var stage in PathwayStage.Of(context.Item))
        {
            context.Document.AddKeyword($"{context.Key}.Stage", stage.Kind.ToString());
            foreach (var text in stage.Courses)
            {
                context.Document.AddText($"{context.Key}.Courses", text);
            }

            foreach (var text in stage.Experiences)
            {
                context.Document.AddText($"{context.Key}.Experiences", text);
            }

            foreach (var text in stage.Credentials)
            {
                context.Document.AddText($"{context.Key}.Credentials", text);
            }
        }
    }
}
