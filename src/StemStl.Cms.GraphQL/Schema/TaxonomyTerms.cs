using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.DataLoader;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.GraphQL.Schema;

/// <summary>
/// A <c>TaxonomyField</c>'s <c>termContentItems</c>. Terms are not items of their own in the store: as in Orchard, they
/// live inside their taxonomy item's <c>TaxonomyPart.Terms</c> tree. So the field loads the taxonomy (batched with every
/// other relation of the level, and only when the caller may see it) and turns the picked terms into items.
/// </summary>
internal static class TaxonomyTerms
{
    public const string FieldKind = "TaxonomyField";

    private const string TaxonomyIdProperty = "TaxonomyContentItemId";

    // Saved trees are at most 32 levels deep (the taxonomy part checks); this only stops a hand-made store row recursing.
    private const int MaxDepth = 64;

    // One taxonomy item serves every field of the request, and the execution strategy may complete them concurrently;
    // a parsed JsonObject fills itself in on first read, which is not safe to race.
    private static readonly Lock ReadLock = new();

    /// <summary>
    /// The field's value, naming the taxonomy its settings give when the stored value leaves it out (values written
    /// before the field normalized them, or imported as Orchard exports them, carry only the term ids).
    /// </summary>
    public static JsonObject? WithTaxonomy(JsonObject? value, ContentPartFieldDefinition field)
    {
        if (value is null || ContentJson.Text(value, TaxonomyIdProperty) is { Length: > 0 }
            || ContentJson.Text(field.Settings, TaxonomyIdProperty) is not { Length: > 0 } taxonomyId)
        {
            return value;
        }

        var filled = (JsonObject)value.DeepClone();
        filled[TaxonomyIdProperty] = taxonomyId;
        return filled;
    }

    /// <summary>
    /// The field's picked terms the caller may see, as items typed by their content type; terms whose type has no
    /// GraphQL type (<paramref name="inSchema"/> is false) are left out, as they could not be typed.
    /// </summary>
    public static object Resolve(IResolveFieldContext context, Func<string, bool> inSchema)
    {
        var value = context.Source as JsonObject;
        var ids = JsonObjectTypes.Read(value, new JsonProperty("termContentItemIds", "TermContentItemIds", JsonKind.TextList)) as List<string> ?? [];
        if (ids.Count == 0 || ContentJson.Text(value, TaxonomyIdProperty) is not { Length: > 0 } taxonomyId)
        {
            return Array.Empty<ContentItem>();
        }

        return Load(context, taxonomyId, ids).Then(terms => (IReadOnlyList<ContentItem>)[.. terms.Where(t => inSchema(t.ContentType))]);
    }

    /// <summary>The terms with <paramref name="ids"/>, in that order, from the published taxonomy the caller may see; batched.</summary>
    public static IDataLoaderResult<IReadOnlyList<ContentItem>> Load(IResolveFieldContext context, string taxonomyId, IReadOnlyList<string> ids) =>
        ContentReads.Related(context, [taxonomyId]).Then(found => Pick(found.Count > 0 ? found[0] : null, ids));

    private static IReadOnlyList<ContentItem> Pick(ContentItem? taxonomy, IReadOnlyList<string> ids)
    {
        if (taxonomy is null || ids.Count == 0)
        {
            return [];
        }

        lock (ReadLock)
        {
            if (taxonomy.TryGetPart("TaxonomyPart") is not { } part)
            {
                return [];
            }

            var terms = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            Walk(part["Terms"] as JsonArray, terms, depth: 1);
            var termType = ContentJson.Text(part, "TermContentType");
            return [.. ids.Where(terms.ContainsKey).Select(id => ToItem(terms[id], id, taxonomy, termType))];
        }
    }

    // Child terms sit in their parent's own "Terms", and a field may pick them as well as top-level ones.
    private static void Walk(JsonArray? level, Dictionary<string, JsonObject> terms, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var term in level?.OfType<JsonObject>() ?? [])
        {
            if (ContentJson.Text(term, "ContentItemId") is { Length: > 0 } id)
            {
                terms.TryAdd(id, term);
            }

            Walk(term["Terms"] as JsonArray, terms, depth + 1);
        }
    }

    // A term is content-item-shaped JSON; what it does not carry (dates, owner, version) it shares with its taxonomy.
    private static ContentItem ToItem(JsonObject term, string id, ContentItem taxonomy, string? termType)
    {
        var item = new ContentItem
        {
            ContentItemId = id,
            ContentItemVersionId = ContentJson.Text(term, "ContentItemVersionId") ?? taxonomy.ContentItemVersionId,
            ContentType = ContentJson.Text(term, "ContentType") ?? termType ?? "",
            DisplayText = ContentJson.Text(term, "DisplayText") ?? ContentJson.Text(term["TitlePart"] as JsonObject, "Title") ?? "",
            Number = taxonomy.Number,
            Latest = taxonomy.Latest,
            Published = taxonomy.Published,
            Owner = taxonomy.Owner,
            Author = taxonomy.Author,
            CreatedUtc = taxonomy.CreatedUtc,
            ModifiedUtc = taxonomy.ModifiedUtc,
            PublishedUtc = taxonomy.PublishedUtc,
        };

        // A node has one parent, and the taxonomy's stay where they are, so each term gets copies of its parts.
        foreach (var (name, node) in term)
        {
            if (node is JsonObject termPart)
            {
                item.Content[name] = termPart.DeepClone();
            }
        }

        item.Content["TermPart"] ??= new JsonObject { [TaxonomyIdProperty] = taxonomy.ContentItemId };
        return item;
    }
}
