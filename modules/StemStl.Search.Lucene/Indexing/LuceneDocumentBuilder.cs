using Lucene.Net.Documents;
using Lucene.Net.Util;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Indexing;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

/// <summary>
/// Turns one content item into a Lucene document: the item's own properties, then whatever the enabled contributors put
/// in for its parts and fields, indexed as the index definition says.
/// </summary>
internal sealed class LuceneDocumentBuilder(IEnumerable<IContentIndexContributor> contributors)
{
    private readonly ILookup<(ContentIndexElement, string), IContentIndexContributor> _byKind =
        contributors.ToLookup(c => (c.Element, c.KindName));

    public async Task<Document> BuildAsync(ContentItem item, ContentTypeDefinition type, ContentDefinitionSnapshot snapshot, LuceneIndexDefinition definition, LuceneSchema schema, CancellationToken cancellationToken)
    {
        var document = new ContentIndexDocument();
        AddItemProperties(item, document);
        foreach (var part in PartsOf(type, snapshot))
        {
            foreach (var contributor in _byKind[(ContentIndexElement.Part, part.PartName)])
            {
                await contributor.ContributeAsync(new ContentIndexContext(item, type, part.Name, null, document), cancellationToken);
            }

            foreach (var field in snapshot.FindPart(part.PartName)?.Fields ?? [])
            {
                foreach (var contributor in _byKind[(ContentIndexElement.Field, field.FieldName)])
                {
                    await contributor.ContributeAsync(new ContentIndexContext(item, type, part.Name, field, document), cancellationToken);
                }
            }
        }

        var lucene = new Document
        {
            new StringField(LuceneFields.ContentItemId, item.ContentItemId, Field.Store.YES),
            new SortedDocValuesField(LuceneFields.ContentItemId, new BytesRef(item.ContentItemId)),
            new StoredField(LuceneFields.ContentItemVersionId, item.ContentItemVersionId),
            new SortedDocValuesField(LuceneFields.DisplayTextSort, new BytesRef(item.DisplayText.ToLowerInvariant())),
        };
        var sortable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in document.Entries)
        {
            Add(lucene, entry, definition.FieldSettings(entry.Name), schema, sortable);
        }

        return lucene;
    }

    private static void AddItemProperties(ContentItem item, ContentIndexDocument document)
    {
        document.AddKeyword(LuceneFields.ContentType, item.ContentType)
            .AddText(LuceneFields.DisplayText, item.DisplayText)
            .AddBoolean(LuceneFields.Published, item.Published)
            .AddBoolean(LuceneFields.Latest, item.Latest)
            .AddKeyword(LuceneFields.Owner, item.Owner)
            .AddKeyword(LuceneFields.Author, item.Author);
        AddDate(document, LuceneFields.CreatedUtc, item.CreatedUtc);
        AddDate(document, LuceneFields.ModifiedUtc, item.ModifiedUtc);
        AddDate(document, LuceneFields.PublishedUtc, item.PublishedUtc);
    }

    private static void AddDate(ContentIndexDocument document, string name, DateTime? value)
    {
        if (value is { } utc)
        {
            document.AddDate(name, utc);
        }
    }

    /// <summary>The attached parts, plus the type's own part when its definition exists and the type does not list it.</summary>
    private static IEnumerable<ContentTypePartDefinition> PartsOf(ContentTypeDefinition type, ContentDefinitionSnapshot snapshot) =>
        type.Parts.Any(p => p.Name == type.Name || p.PartName == type.Name) || snapshot.FindPart(type.Name) is null
            ? type.Parts
            : [.. type.Parts, new ContentTypePartDefinition(type.Name, type.Name)];

    private static void Add(Document lucene, ContentIndexEntry entry, LuceneFieldSettings settings, LuceneSchema schema, HashSet<string> sortable)
    {
        var stored = settings.Stored ?? true ? Field.Store.YES : Field.Store.NO;
        switch (entry.Kind)
        {
            case ContentIndexValueKind.Text:
                var analyzed = settings.Analyzed ?? true;
                if (analyzed)
                {
                    AddText(lucene, entry.Name, entry.Text!, stored, schema);
                }
                else if (stored == Field.Store.YES)
                {
                    lucene.Add(new StoredField(entry.Name, entry.Text!));
                }

                if (settings.Keyword == true)
                {
                    AddKeyword(lucene, entry.Name + LuceneFields.KeywordSuffix, entry.Text!, Field.Store.NO, schema);
                }

                break;
            case ContentIndexValueKind.Keyword or ContentIndexValueKind.Boolean:
                if (settings.Keyword ?? true)
                {
                    AddKeyword(lucene, entry.Name, entry.Text!, stored, schema);
                }

                // Words of an exact value count for full-text search only when the definition asks: ids would be noise.
                if (settings.Analyzed == true)
                {
                    lucene.Add(new TextField(LuceneFields.FullText, entry.Text!, Field.Store.NO));
                }

                break;
            case ContentIndexValueKind.Number:
                lucene.Add(new DoubleField(entry.Name, entry.Number!.Value, stored));
                if (sortable.Add(entry.Name))
                {
                    lucene.Add(new DoubleDocValuesField(entry.Name, entry.Number.Value));
                }

                schema.Add(entry.Name, LuceneFieldKind.Number);
                break;
            case ContentIndexValueKind.Date:
                lucene.Add(new Int64Field(entry.Name, entry.Date!.Value.Ticks, stored));
                if (sortable.Add(entry.Name))
                {
                    lucene.Add(new NumericDocValuesField(entry.Name, entry.Date.Value.Ticks));
                }

                schema.Add(entry.Name, LuceneFieldKind.Date);
                break;
            case ContentIndexValueKind.GeoPoint:
                lucene.Add(new DoubleField(entry.Name + LuceneFields.LatitudeSuffix, entry.Latitude!.Value, Field.Store.YES));
                lucene.Add(new DoubleField(entry.Name + LuceneFields.LongitudeSuffix, entry.Longitude!.Value, Field.Store.YES));
                schema.Add(entry.Name, LuceneFieldKind.GeoPoint);
                break;
        }
    }

    private static void AddText(Document lucene, string name, string text, Field.Store stored, LuceneSchema schema)
    {
        lucene.Add(new TextField(name, text, stored));
        lucene.Add(new TextField(LuceneFields.FullText, text, Field.Store.NO));
        schema.Add(name, LuceneFieldKind.Text);
    }

    private static void AddKeyword(Document lucene, string name, string value, Field.Store stored, LuceneSchema schema)
    {
        lucene.Add(new StringField(name, value, stored));
        lucene.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
        schema.Add(name, LuceneFieldKind.Keyword);
    }
}
