using StemStl.Cms.Modules;
using StemStl.Contents.Autoroute;
using StemStl.Contents.Bodies;
using StemStl.Contents.Indexing;
using StemStl.Contents.Lists;
using StemStl.Contents.Scheduling;
using StemStl.Contents.Taxonomies;
using StemStl.Contents.Title;

namespace StemStl.Contents;

/// <summary>Registers the built-in parts, one feature per family.</summary>
public sealed class ContentsModule : CmsModule
{
    public override ModuleManifest Manifest => Contents.Manifest.Module;

    public override void Configure(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .Feature(Contents.Manifest.Title, title => title.AddContentPart<TitlePart>().AddIndexContributor<TitlePartIndexContributor>())
            .Feature(Contents.Manifest.Autoroute, autoroute => autoroute.AddContentPart<AutoroutePart>().AddIndexContributor<AutoroutePartIndexContributor>())
            .Feature(Contents.Manifest.Markdown, markdown => markdown.AddContentPart<MarkdownBodyPart>().AddIndexContributor<MarkdownBodyPartIndexContributor>())
            .Feature(Contents.Manifest.Html, html => html.AddContentPart<HtmlBodyPart>().AddIndexContributor<HtmlBodyPartIndexContributor>())
            .Feature(Contents.Manifest.Lists, lists => lists.AddContentPart<ListPart>().AddContentPart<ContainedPart>().AddIndexContributor<ContainedPartIndexContributor>())
            .Feature(Contents.Manifest.Taxonomies, taxonomies => taxonomies.AddContentPart<TaxonomyPart>().AddContentPart<TermPart>())
            .Feature(Contents.Manifest.PublishLater, schedule => schedule.AddContentPart<PublishLaterPart>().AddContentPart<UnpublishLaterPart>());
    }
}
