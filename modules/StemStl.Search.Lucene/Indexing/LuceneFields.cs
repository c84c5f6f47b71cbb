namespace StemStl.Search.Lucene.Indexing;

/// <summary>Names of the fields every document has, after Orchard Core's (<c>Content.ContentItem.*</c>).</summary>
internal static class LuceneFields
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentItemVersionId = "ContentItemVersionId";
    public const string ContentType = "Content.ContentItem.ContentType";
    public const string DisplayText = "Content.ContentItem.DisplayText";
    public const string Published = "Content.ContentItem.Published";
    public const string Latest = "Content.ContentItem.Latest";
    public const string Owner = "Content.ContentItem.Owner";
    public const string Author = "Content.ContentItem.Author";
    public const string CreatedUtc = "Content.ContentItem.CreatedUtc";
    public const string ModifiedUtc = "Content.ContentItem.ModifiedUtc";
    public const string PublishedUtc = "Content.ContentItem.PublishedUtc";

    /// <summary>Every analyzed text of the document, searched when a query names no field.</summary>
    public const string FullText = "Content.ContentItem.FullText";

    /// <summary>The display text lower-cased, one value per document, for sorting.</summary>
    public const string DisplayTextSort = "Content.ContentItem.DisplayText.Sort";

    /// <summary>
    /// Suffix of the exact form of a text field (<c>Resource.Status.keyword</c>), as Orchard Core names it: a field's
    /// analyzed words and its exact value live in two Lucene fields so a filter never matches a single word.
    /// </summary>
    public const string KeywordSuffix = ".keyword";

    /// <summary>Suffixes of the two numbers a geographic point is indexed as.</summary>
    public const string LatitudeSuffix = ".Latitude";
    public const string LongitudeSuffix = ".Longitude";
}
