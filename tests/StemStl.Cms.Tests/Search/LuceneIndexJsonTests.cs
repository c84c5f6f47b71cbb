using System.Text.Json.Nodes;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Cms.Tests.Search;

public sealed class LuceneIndexJsonTests
{
    [Fact]
    public void Read_OrchardDefinition_TakesAnalyzerTypesAndFields()
    {
        var json = JsonNode.Parse("""
            {"AnalyzerName": "englishanalyzer", "IndexLatest": true, "IndexedContentTypes": ["Resource", "Page"], "Culture": "any",
             "StoreSourceData": true, "Fields": {"Resource.Grade": {"Keyword": true, "Stored": false}}}
            """)!.AsObject();

        var definition = LuceneIndexJson.Read("Search", json, "Indices[0].Search", (path, message) => Assert.Fail($"{path}: {message}"));

        Assert.NotNull(definition);
        Assert.Equal(LuceneAnalyzer.English, definition.Analyzer);
        Assert.True(definition.IndexLatest);
        Assert.Equal(["Resource", "Page"], definition.ContentTypes);
        Assert.Equal(new LuceneFieldSettings(Stored: false, Keyword: true), definition.FieldSettings("Resource.Grade"));
        Assert.Equal(new LuceneFieldSettings(), definition.FieldSettings("Resource.Other"));
    }

    [Fact]
    public void Read_Public_DefaultsToTrue_AndDoesNotChangeTheHash()
    {
        var open = LuceneIndexJson.Read("Search", JsonNode.Parse("""{"IndexedContentTypes": ["A"]}""")!.AsObject(), "at", (p, m) => Assert.Fail($"{p}: {m}"));
        var closed = LuceneIndexJson.Read("Search", JsonNode.Parse("""{"IndexedContentTypes": ["A"], "Public": false}""")!.AsObject(), "at", (p, m) => Assert.Fail($"{p}: {m}"));

        Assert.True(open!.Public);
        Assert.False(closed!.Public);
        Assert.Equal(open.Hash, closed.Hash);
    }

    [Theory]
    [InlineData("Search", """{"AnalyzerName": "klingon", "IndexedContentTypes": ["A"]}""", "at.AnalyzerName", "unknown analyzer")]
    [InlineData("Search", """{"IndexedContentTypes": []}""", "at.IndexedContentTypes", "at least one content type")]
    [InlineData("Search", """{"IndexedContentTypes": ["A"], "Colour": "red"}""", "at.Colour", "unknown setting")]
    [InlineData("Search", """{"IndexedContentTypes": ["A"], "IndexLatest": "yes"}""", "at.IndexLatest", "true or false")]
    [InlineData("Search", """{"IndexedContentTypes": ["A"], "Public": "no"}""", "at.Public", "true or false")]
    [InlineData("Search", """{"IndexedContentTypes": ["A"], "Fields": {"X": {"Keyword": 1}}}""", "at.Fields.X", "Stored, Analyzed and Keyword")]
    [InlineData("../etc", """{"IndexedContentTypes": ["A"]}""", "at", "not a valid index name")]
    public void Read_BadDefinition_ReportsWhereAndWhy(string name, string settings, string path, string reason)
    {
        var errors = new List<(string Path, string Message)>();

        var definition = LuceneIndexJson.Read(name, JsonNode.Parse(settings)!.AsObject(), "at", (p, m) => errors.Add((p, m)));

        Assert.Null(definition);
        Assert.Contains(errors, e => e.Path == path && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Hash_ChangesWithWhatShapesDocuments_NotWithTypeOrder()
    {
        var a = new LuceneIndexDefinition("S", ["A", "B"], LuceneAnalyzer.Standard, false, new Dictionary<string, LuceneFieldSettings>());
        var reordered = a with { ContentTypes = ["B", "A"] };
        var english = a with { Analyzer = LuceneAnalyzer.English };

        Assert.Equal(a.Hash, reordered.Hash);
        Assert.NotEqual(a.Hash, english.Hash);
    }

    [Fact]
    public void Write_ThenRead_KeepsDefinitionAndGenerations()
    {
        var definition = new LuceneIndexDefinition("S", ["A"], LuceneAnalyzer.Keyword, true, new Dictionary<string, LuceneFieldSettings> { ["A.Code"] = new(Analyzed: false) });
        var json = LuceneIndexJson.Write(new LuceneIndexState(definition, 3, 2));

        var read = LuceneIndexJson.Read("S", json, "", (p, m) => Assert.Fail($"{p}: {m}"))!;

        Assert.Equal(definition.Hash, read.Hash);
        Assert.Equal((3, 2), LuceneIndexJson.Generations(json));
    }
}
