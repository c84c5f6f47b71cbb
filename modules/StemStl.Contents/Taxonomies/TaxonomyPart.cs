using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;

namespace StemStl.Contents.Taxonomies;

/// <summary>
/// <c>{"TermContentType": "Topic", "Terms": [{"ContentItemId": "…", "ContentType": "Topic", "DisplayText": "…",
/// "TitlePart": {"Title": "…"}, "Terms": [ … ]}]}</c>: a taxonomy keeps its terms inside itself, as in Orchard.
/// </summary>
internal sealed class TaxonomyPart : ContentPartKind
{
    public override string Name => "TaxonomyPart";

    public override string DisplayName => "Taxonomy";

    public override string Description => "Makes the item a taxonomy: a tree of terms kept inside it.";

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        if (!PartJson.TryString(context, context.Part, "TermContentType", out var termType)
            | !PartJson.TryArray(context, context.Part, "Terms", out var terms))
        {
            return ValueTask.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(termType))
        {
            context.Fail("TermContentType is required: name the content type of the terms, e.g. Topic.", PartJson.RequiredCode, "TermContentType");
        }
        else if (context.Definitions.FindType(termType) is null)
        {
            var hint = NameSuggestion.Closest(termType, context.Definitions.Types.Keys);
            context.Fail($"content type '{termType}' does not exist{(hint is null ? "" : $"; did you mean '{hint}'?")}", "reference", "TermContentType");
        }

        new TermTreeValidator(context, termType).Check(terms, "Terms");
        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        Normalize(context.Part["Terms"] as JsonArray, ContentJson.Text(context.Part, "TermContentType"), context.Item.ContentItemId);
        return ValueTask.CompletedTask;
    }

    // Terms get what Orchard gives them: their type, a display text from their title, and a TermPart pointing back here.
    private static void Normalize(JsonArray? terms, string? termType, string taxonomyId)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            if (ContentJson.Text(term, "ContentType") is null && termType is not null)
            {
                term["ContentType"] = termType;
            }

            if (ContentJson.Text(term["TitlePart"] as JsonObject, "Title") is { } title)
            {
                term["DisplayText"] = title.Trim();
            }

            term["TermPart"] = new JsonObject { ["TaxonomyContentItemId"] = taxonomyId };
            Normalize(term["Terms"] as JsonArray, termType, taxonomyId);
        }
    }
}
