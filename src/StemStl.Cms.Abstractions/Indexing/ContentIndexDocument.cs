using System.Net;
using System.Text.RegularExpressions;

namespace StemStl.Cms.Indexing;

/// <summary>How a search index treats one value.</summary>
public enum ContentIndexValueKind
{
    /// <summary>Words: analyzed for full-text search, stored for highlights.</summary>
    Text,

    /// <summary>An exact value (an id, a code, a path) for filters and facets.</summary>
    Keyword,

    Number,

    /// <summary>An instant in UTC.</summary>
    Date,

    Boolean,

    /// <summary>A point in decimal degrees, for distance filters.</summary>
    GeoPoint,
}

/// <summary>One value of a search document. Several entries may share a name (a multi-valued field).</summary>
public sealed record ContentIndexEntry(
    string Name,
    ContentIndexValueKind Kind,
    string? Text = null,
    double? Number = null,
    DateTime? Date = null,
    double? Latitude = null,
    double? Longitude = null);

/// <summary>The values contributors put into one search document, independent of the search engine.</summary>
public sealed partial class ContentIndexDocument
{
    private readonly List<ContentIndexEntry> _entries = [];

    public IReadOnlyList<ContentIndexEntry> Entries => _entries;

    /// <summary>Words, searched by the full-text query; empty text is left out.</summary>
    public ContentIndexDocument AddText(string name, string? text) =>
        string.IsNullOrWhiteSpace(text) ? this : Add(new(name, ContentIndexValueKind.Text, Text: text));

    /// <summary>The text of an HTML fragment: tags removed, entities decoded, runs of white space made one space.</summary>
    public ContentIndexDocument AddHtml(string name, string? html) =>
        string.IsNullOrWhiteSpace(html) ? this : AddText(name, Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim());

    /// <summary>An exact value for filters and facets; empty values are left out.</summary>
    public ContentIndexDocument AddKeyword(string name, string? value) =>
        string.IsNullOrEmpty(value) ? this : Add(new(name, ContentIndexValueKind.Keyword, Text: value));

    public ContentIndexDocument AddNumber(string name, double value) => Add(new(name, ContentIndexValueKind.Number, Number: value));

    public ContentIndexDocument AddDate(string name, DateTime utc) =>
        Add(new(name, ContentIndexValueKind.Date, Date: DateTime.SpecifyKind(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc, DateTimeKind.Utc)));

    public ContentIndexDocument AddBoolean(string name, bool value) => Add(new(name, ContentIndexValueKind.Boolean, Text: value ? "true" : "false"));

    public ContentIndexDocument AddGeoPoint(string name, double latitude, double longitude) =>
        Add(new(name, ContentIndexValueKind.GeoPoint, Latitude: latitude, Longitude: longitude));

    private ContentIndexDocument Add(ContentIndexEntry entry)
    {
        _entries.Add(entry);
        return this;
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();
}
