using System.Globalization;
using System.Text.Json;
using StemStl.Cms.Definitions;
using StemStl.Cms.Indexing;

namespace StemStl.ContentFields.Indexing;

/// <summary>Base of the built-in fields' contributors: one field kind, read from the field's JSON object.</summary>
internal abstract class FieldIndexContributor(string kindName) : IContentIndexContributor
{
    public ContentIndexElement Element => ContentIndexElement.Field;

    public string KindName => kindName;

    public abstract void Contribute(ContentIndexContext context);
}

/// <summary>Words for search, and the whole value as <c>Part.Field.keyword</c> so short texts (a status, a grade band) can be facets.</summary>
internal sealed class TextFieldIndexContributor() : FieldIndexContributor("TextField")
{
    // Longer texts are prose, not categories: a keyword of them would only bloat the facet tables.
    private const int MaxKeywordLength = 256;

    public override void Contribute(ContentIndexContext context)
    {
        var text = ContentJson.Text(context.Value, "Text");
        context.Document.AddText(context.Key, text);
        if (text is { Length: <= MaxKeywordLength })
        {
            context.Document.AddKeyword(context.Key + ".keyword", text);
        }
    }
}

internal sealed class MarkdownFieldIndexContributor() : FieldIndexContributor("MarkdownField")
{
    public override void Contribute(ContentIndexContext context) =>
        context.Document.AddHtml(context.Key, ContentJson.Text(context.Value, "Html") ?? ContentJson.Text(context.Value, "Markdown"));
}

internal sealed class HtmlFieldIndexContributor() : FieldIndexContributor("HtmlField")
{
    public override void Contribute(ContentIndexContext context) => context.Document.AddHtml(context.Key, ContentJson.Text(context.Value, "Html"));
}

internal sealed class MultiTextFieldIndexContributor() : FieldIndexContributor("MultiTextField")
{
    public override void Contribute(ContentIndexContext context)
    {
        foreach (var value in FieldJson.Strings(context.Value, "Values"))
        {
            context.Document.AddText(context.Key, value).AddKeyword(context.Key + ".keyword", value);
        }
    }
}

internal sealed class NumericFieldIndexContributor() : FieldIndexContributor("NumericField")
{
    public override void Contribute(ContentIndexContext context)
    {
        if (ContentJson.Number(context.Value, "Value") is { } number)
        {
            context.Document.AddNumber(context.Key, number);
        }
    }
}

internal sealed class BooleanFieldIndexContributor() : FieldIndexContributor("BooleanField")
{
    public override void Contribute(ContentIndexContext context)
    {
        if (context.Value?["Value"]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            context.Document.AddBoolean(context.Key, context.Value["Value"]!.GetValue<bool>());
        }
    }
}

internal sealed class DateFieldIndexContributor() : FieldIndexContributor("DateField")
{
    public override void Contribute(ContentIndexContext context)
    {
        if (ContentJson.Text(context.Value, "Value") is { } text
            && DateOnly.TryParseExact(text, Fields.DateField.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.Document.AddDate(context.Key, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
    }
}

internal sealed class DateTimeFieldIndexContributor() : FieldIndexContributor("DateTimeField")
{
    public override void Contribute(ContentIndexContext context)
    {
        if (ContentJson.Text(context.Value, "Value") is { } text && IsoInstant.TryParse(text, out var instant, allowDate: true))
        {
            context.Document.AddDate(context.Key, instant.UtcDateTime);
        }
    }
}

/// <summary>The picked ids, for filters such as "pages of this workgroup".</summary>
internal sealed class ContentPickerFieldIndexContributor() : FieldIndexContributor("ContentPickerField")
{
    public override void Contribute(ContentIndexContext context)
    {
        foreach (var id in FieldJson.Strings(context.Value, "ContentItemIds"))
        {
            context.Document.AddKeyword(context.Key, id);
        }
    }
}

/// <summary>The term ids, for filters and facets by subject or grade band.</summary>
internal sealed class TaxonomyFieldIndexContributor() : FieldIndexContributor("TaxonomyField")
{
    public override void Contribute(ContentIndexContext context)
    {
        foreach (var id in FieldJson.Strings(context.Value, "TermContentItemIds"))
        {
            context.Document.AddKeyword(context.Key, id);
        }
    }
}

internal sealed class GeoPointFieldIndexContributor() : FieldIndexContributor("GeoPointField")
{
    public override void Contribute(ContentIndexContext context)
    {
        if (ContentJson.Number(context.Value, "Latitude") is { } latitude && ContentJson.Number(context.Value, "Longitude") is { } longitude)
        {
            context.Document.AddGeoPoint(context.Key, latitude, longitude);
        }
    }
}
