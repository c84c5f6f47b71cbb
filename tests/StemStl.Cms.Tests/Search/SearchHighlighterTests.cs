using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Cms.Tests.Search;

public sealed class SearchHighlighterTests
{
    private static readonly string Body = "Robots & <b>rockets</b>: " + string.Concat(Enumerable.Repeat("filler words here ", 30)) + "then robots again at the end.";

    [Theory]
    [InlineData("robot", "<em>Robots</em> &amp; &lt;b&gt;rockets&lt;/b&gt;:")]
    [InlineData("rock*", "Robots &amp; &lt;b&gt;<em>rockets</em>&lt;/b&gt;:")]
    [InlineData("rokets~", "Robots &amp; &lt;b&gt;<em>rockets</em>&lt;/b&gt;:")]
    public void Highlight_MarksMatchesAsWritten_AndEscapesTheRest(string q, string start)
    {
        using var directory = new RAMDirectory();
        var analyzer = LuceneAnalyzers.Create(LuceneAnalyzer.English);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneAnalyzers.Version, analyzer)))
        {
            writer.AddDocument(new Document { new TextField("Body", Body, Field.Store.YES), new TextField(LuceneFields.FullText, Body, Field.Store.NO) });
        }

        using var reader = DirectoryReader.Open(directory);
        var highlighter = new SearchHighlighter(LuceneQueryBuilder.Text(q, analyzer), reader);

        var highlight = Assert.Single(highlighter.Highlight(reader.Document(0), ["Body"], analyzer));

        var snippet = Assert.Single(highlight.Snippets);
        Assert.StartsWith(start, snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlight_LeavesOutFieldsWithoutAMatch()
    {
        using var directory = new RAMDirectory();
        var analyzer = LuceneAnalyzers.Create(LuceneAnalyzer.Standard);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneAnalyzers.Version, analyzer)))
        {
            writer.AddDocument(new Document { new TextField("Title", "Fractions", Field.Store.YES), new TextField("Body", "pizza", Field.Store.YES) });
        }

        using var reader = DirectoryReader.Open(directory);
        var highlighter = new SearchHighlighter(LuceneQueryBuilder.Text("pizza", analyzer), reader);

        var highlight = Assert.Single(highlighter.Highlight(reader.Document(0), ["Title", "Body"], analyzer));
        Assert.Equal("Body", highlight.Field);
        Assert.Equal(["<em>pizza</em>"], highlight.Snippets);
    }
}
