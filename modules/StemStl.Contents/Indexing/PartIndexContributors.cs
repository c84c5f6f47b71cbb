using StemStl.Cms.Definitions;
using StemStl.Cms.Indexing;

namespace StemStl.Contents.Indexing;

/// <summary>Base of the built-in parts' contributors: one part kind, read from the part's JSON.</summary>
internal abstract class PartIndexContributor(string kindName) : IContentIndexContributor
{
    public ContentIndexElement Element => ContentIndexElement.Part;

    public string KindName => kindName;

    public abstract void Contribute(ContentIndexContext context);
}

/// <summary>The title, as words.</summary>
internal sealed class TitlePartIndexContributor() : PartIndexContributor("TitlePart")
{
    public override void Contribute(ContentIndexContext context) =>
        context.Document.AddText(context.Key + ".Title", ContentJson.Text(context.Part, "Title"));
}

/// <summary>The path, as one exact value (for filters by path and prefix queries).</summary>
internal sealed class AutoroutePartIndexContributor() : PartIndexContributor("AutoroutePart")
{
    public override void Contribute(ContentIndexContext context) =>
        context.Document.AddKeyword(context.Key + ".Path", ContentJson.Text(context.Part, "Path"));
}

/// <summary>The rendered body's text: the HTML is what readers see, without the Markdown's punctuation.</summary>
internal sealed class MarkdownBodyPartIndexContributor() : PartIndexContributor("MarkdownBodyPart")
{
    public override void Contribute(ContentIndexContext context) =>
        context.Document.AddHtml(context.Key + ".Markdown", ContentJson.Text(context.Part, "Html"));
}

/// <summary>The body's text, tags removed.</summary>
internal sealed class HtmlBodyPartIndexContributor() : PartIndexContributor("HtmlBodyPart")
{
    public override void Contribute(ContentIndexContext context) =>
        context.Document.AddHtml(context.Key + ".Html", ContentJson.Text(context.Part, "Html"));
}

/// <summary>The list a child belongs to, for "items in this list" filters.</summary>
internal sealed class ContainedPartIndexContributor() : PartIndexContributor("ContainedPart")
{
    public override void Contribute(ContentIndexContext context) =>
        context.Document.AddKeyword(context.Key + ".ListContentItemId", ContentJson.Text(context.Part, "ListContentItemId"));
}
