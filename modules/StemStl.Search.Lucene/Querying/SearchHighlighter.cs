using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// Marks the query's terms in the stored text fields of a hit. The stored text is run through the index's analyzer so a
/// stemmed match ("robots" for "robot") is marked as the reader wrote it; everything outside the marks is HTML-escaped.
/// </summary>
internal sealed class SearchHighlighter
{
    private const int MaxAnalyzedChars = 20_000;
    private const int Context = 60;
    private const int SnippetLength = 200;
    private const int MaxExpansions = 64;

    private readonly HashSet<(string Field, string Term)> _terms = [];
    private readonly List<(string Field, string Prefix)> _prefixes = [];

    public SearchHighlighter(Query query, IndexReader reader) => Collect(query, reader);

    public bool IsEmpty => _terms.Count == 0 && _prefixes.Count == 0;

    public IReadOnlyList<Highlight> Highlight(Document document, IReadOnlyList<string> textFields, Analyzer analyzer)
    {
        var highlights = new List<Highlight>();
        foreach (var field in textFields)
        {
            var snippets = new List<string>();
            foreach (var text in document.GetValues(field))
            {
                if (Snippet(field, text, analyzer) is { } snippet)
                {
                    snippets.Add(snippet);
                }
            }

            if (snippets.Count > 0)
            {
                highlights.Add(new Highlight(field, snippets));
            }
        }

        return highlights;
    }

    private void Collect(Query query, IndexReader reader)
    {
        switch (query)
        {
            case TermQuery term:
                _terms.Add((term.Term.Field, term.Term.Text));
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    _terms.Add((term.Field, term.Text));
                }

                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, reader);
                }

                break;
            case PrefixQuery prefix:
                _prefixes.Add((prefix.Prefix.Field, prefix.Prefix.Text));
                break;
            case MultiTermQuery multi:
                // Fuzzy and wildcard terms: the index's own expansions, at most a few dozen.
                multi.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
                Collect(multi.Rewrite(reader), reader);
                break;
        }
    }

    private bool Matches(string field, string token) =>
        _terms.Contains((field, token)) || _terms.Contains((LuceneFields.FullText, token))
        || _prefixes.Any(p => (p.Field == field || p.Field == LuceneFields.FullText) && token.StartsWith(p.Prefix, StringComparison.Ordinal));

    private string? Snippet(string field, string text, Analyzer analyzer)
    {
        var marks = new List<(int Start, int End)>();
        using (var stream = analyzer.GetTokenStream(field, text.Length > MaxAnalyzedChars ? text[..MaxAnalyzedChars] : text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (Matches(field, term.ToString()))
                {
                    marks.Add((offset.StartOffset, offset.EndOffset));
                }
            }

            stream.End();
        }

        if (marks.Count == 0)
        {
            return null;
        }

        var start = WordStart(text, Math.Max(0, marks[0].Start - Context));
        var end = Math.Min(text.Length, Math.Max(start + SnippetLength, marks[0].End));
        end = WordEnd(text, end);
        var snippet = new StringBuilder(start > 0 ? "…" : "");
        var position = start;
        foreach (var (markStart, markEnd) in marks.Where(m => m.Start >= start && m.End <= end))
        {
            snippet.Append(WebUtility.HtmlEncode(text[position..markStart]))
                .Append("<em>").Append(WebUtility.HtmlEncode(text[markStart..markEnd])).Append("</em>");
            position = markEnd;
        }

        snippet.Append(WebUtility.HtmlEncode(text[position..end]));
        return end < text.Length ? snippet.Append('…').ToString() : snippet.ToString();
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
