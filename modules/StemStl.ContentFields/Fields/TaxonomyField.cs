using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary>
/// <c>{"TaxonomyContentItemId": "…", "TermContentItemIds": ["…"]}</c>: terms of the one taxonomy named in the settings,
/// checked against that taxonomy item's <c>TaxonomyPart.Terms</c> tree.
/// </summary>
internal sealed class TaxonomyField : ContentFieldKind<TaxonomyFieldSettings>
{
    public override string Name => "TaxonomyField";

    public override string DisplayName => "Taxonomy";

    protected override async ValueTask ValidateAsync(ContentFieldContext context, TaxonomyFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"TermContentItemIds": ["…"]}""", out var value)
            | !FieldJson.TryString(context, value, "TaxonomyContentItemId", out var taxonomyId)
            | !FieldJson.TryStrings(context, value, "TermContentItemIds", out var termIds))
        {
            return;
        }

        if (string.IsNullOrEmpty(settings.TaxonomyContentItemId))
        {
            if (termIds.Count > 0 || settings.Required)
            {
                context.Fail("the field's settings name no taxonomy; set TaxonomyContentItemId in the content definition.", "settings");
            }

            return;
        }

        if (!string.IsNullOrEmpty(taxonomyId) && taxonomyId != settings.TaxonomyContentItemId)
        {
            context.Fail($"TaxonomyContentItemId '{taxonomyId}' is not this field's taxonomy '{settings.TaxonomyContentItemId}'; leave it out or use that one.", "invalid");
        }

        if (termIds.Count == 0)
        {
            if (settings.Required)
            {
                context.Fail("at least one term is required.", FieldJson.RequiredCode);
            }

            return;
        }

        if (settings.Unique && termIds.Count > 1)
        {
            context.Fail($"only one term is allowed, but {termIds.Count} were given.", "multiple");
        }

        if (termIds.Distinct(StringComparer.Ordinal).Count() != termIds.Count)
        {
            context.Fail("a term is listed more than once.", "duplicate");
        }

        var found = await context.Reader.GetManyAsync([settings.TaxonomyContentItemId], VersionOptions.Latest, cancellationToken);
        if (found.Count == 0)
        {
            context.Fail($"taxonomy '{settings.TaxonomyContentItemId}' named in the field's settings does not exist.", "reference");
            return;
        }

        var taxonomy = found[0];
        var terms = TaxonomyTree.Terms(taxonomy);
        foreach (var termId in termIds.Distinct(StringComparer.Ordinal))
        {
            if (!terms.TryGetValue(termId, out var isLeaf))
            {
                context.Fail($"term '{termId}' is not in taxonomy '{taxonomy.DisplayText}' ({taxonomy.ContentItemId}).", "reference");
            }
            else if (settings.LeavesOnly && !isLeaf)
            {
                context.Fail($"term '{termId}' has child terms; this field accepts only terms without children.", "invalid");
            }
        }
    }

    public override ValueTask NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        if (context.RawValue is JsonObject value && Settings(context).TaxonomyContentItemId is { Length: > 0 } taxonomyId)
        {
            value["TaxonomyContentItemId"] = taxonomyId;
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context)
    {
        var value = context.RawValue as JsonObject;
        foreach (var termId in FieldJson.Strings(value, "TermContentItemIds").Distinct(StringComparer.Ordinal))
        {
            yield return FieldIndexValue.ForReference(context.Path, termId);
        }

        if ((ContentJson.Text(value, "TaxonomyContentItemId") ?? Settings(context).TaxonomyContentItemId) is { Length: > 0 } taxonomyId)
        {
            yield return FieldIndexValue.ForReference(context.Path + ".Taxonomy", taxonomyId);
        }
    }
}
