using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using StemStl.Search.Lucene.Definitions;

namespace StemStl.Search.Lucene.Indexing;

internal static class LuceneAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A new analyzer of the kind; queries and indexing of one index use the same kind.</summary>
    public static Analyzer Create(LuceneAnalyzer kind) => kind switch
    {
        LuceneAnalyzer.English => new EnglishAnalyzer(Version),
        LuceneAnalyzer.Keyword => new KeywordAnalyzer(),
        _ => new StandardAnalyzer(Version),
    };
}
