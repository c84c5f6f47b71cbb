using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Contents.Taxonomies;

/// <summary><c>{"TaxonomyContentItemId": "…"}</c> on a term: the taxonomy it belongs to.</summary>
internal sealed class TermPart : ContentPartKind
{
    public override string Name => "TermPart";

    public override string DisplayName => "Term";

    public override string Description => "Marks the item as a term of a taxonomy.";

    public override async ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (!PartJson.TryString(context, context.Part, "TaxonomyContentItemId", out var taxonomyId) || string.IsNullOrEmpty(taxonomyId))
        {
            return;
        }

        var found = await context.Reader.GetManyAsync([taxonomyId], VersionOptions.Latest, cancellationToken);
        if (found.Count == 0)
        {
            context.Fail($"taxonomy '{taxonomyId}' does not exist.", "reference", "TaxonomyContentItemId");
        }
        else if (found[0].TryGetPart("TaxonomyPart") is null)
        {
            context.Fail($"'{taxonomyId}' is a {found[0].ContentType}, which is not a taxonomy (it has no TaxonomyPart).", "reference", "TaxonomyContentItemId");
        }
    }

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context) =>
        ContentJson.Text(context.Part, "TaxonomyContentItemId") is { Length: > 0 } taxonomyId
            ? [FieldIndexValue.ForReference($"{context.Path}.TaxonomyContentItemId", taxonomyId)]
            : [];
}
