using Lucene.Net.Search;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Cms.Tests.Search;

public sealed class LuceneQueryBuilderTests
{
    private static readonly LuceneFieldResolver Fields = new("Search", Schema());

    [Theory]
    [InlineData("title:(")]
    [InlineData("\"unclosed")]
    [InlineData("robot AND")]
    [InlineData("*bots")]
    [InlineData("[a TO")]
    [InlineData("robot)")]
    public void Text_WithBrokenSyntax_IsRefusedWithAReason(string q)
    {
        var refusal = Assert.Throws<SearchRequestException>(() => LuceneQueryBuilder.Text(q, LuceneAnalyzers.Create(LuceneAnalyzer.English)));

        Assert.Equal("q", refusal.Parameter);
        Assert.Contains("escape", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WithEscapedSpecialCharacters_IsAQuery()
    {
        var query = LuceneQueryBuilder.Text("robot\\: \\(kits\\)", LuceneAnalyzers.Create(LuceneAnalyzer.Standard));

        Assert.Equal("+Content.ContentItem.FullText:robot +Content.ContentItem.FullText:kits", query.ToString());
    }

    [Fact]
    public void Filters_OfOneField_AreAlternatives_AndOfTwoFields_AreAllRequired()
    {
        var query = LuceneQueryBuilder.Filters(["type:Resource", "type:Page", "Resource.Grade:K-5"], Fields)!;

        Assert.Equal("+(Content.ContentItem.ContentType:Resource Content.ContentItem.ContentType:Page) +(Resource.Grade.keyword:K-5)", query.ToString());
    }

    [Fact]
    public void Filters_OnADateField_TakeOpenRanges()
    {
        var query = (BooleanQuery)LuceneQueryBuilder.Filters(["publishedUtc:[2026-01-01 TO *]"], Fields)!;
        var range = Assert.IsType<NumericRangeQuery<long>>(((BooleanQuery)query.Clauses[0].Query).Clauses[0].Query);

        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks, range.Min);
        Assert.Null(range.Max);
    }

    [Theory]
    [InlineData("nope:1", "has no field 'nope'")]
    [InlineData("novalue:", "must read field:value")]
    [InlineData("Resource.Minutes:[1 TO", "write a range")]
    [InlineData("Resource.Grade:[1 TO 2]", "has no field 'Resource.Grade' to compare with a range")]
    [InlineData("Resource.Place:near(1,2)", "near(latitude,longitude,miles)")]
    public void Filters_ThatCannotRun_AreRefusedWithAReason(string filter, string reason)
    {
        var refusal = Assert.Throws<SearchRequestException>(() => LuceneQueryBuilder.Filters([filter], Fields));

        Assert.Equal("filter", refusal.Parameter);
        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordering_ByUnknownField_NamesTheSortableOnes()
    {
        var refusal = Assert.Throws<SearchRequestException>(() => LuceneQueryBuilder.Ordering("Resource.Grade", Fields));

        Assert.Contains("Resource.Minutes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoDistance_MeasuresGreatCircleMiles()
    {
        // St. Louis to Kansas City is about 237 miles as the crow flies.
        Assert.InRange(GeoDistance.Miles(38.63, -90.20, 39.10, -94.58), 230, 245);
    }

    private static LuceneSchema Schema()
    {
        var schema = new LuceneSchema();
        schema.Add(LuceneFields.ContentType, LuceneFieldKind.Keyword);
        schema.Add(LuceneFields.PublishedUtc, LuceneFieldKind.Date);
        schema.Add("Resource.Grade", LuceneFieldKind.Text);
        schema.Add("Resource.Grade.keyword", LuceneFieldKind.Keyword);
        schema.Add("Resource.Minutes", LuceneFieldKind.Number);
        schema.Add("Resource.Place", LuceneFieldKind.GeoPoint);
        return schema;
    }
}
