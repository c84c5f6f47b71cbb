using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StemStl.Search.Lucene.Querying;

/// <summary>Every document a query matches, one bit set per segment; scores are not needed for the first pass.</summary>
internal sealed class MatchCollector(int leaves) : ICollector
{
    private FixedBitSet? _current;

    public FixedBitSet?[] Bits { get; } = new FixedBitSet?[leaves];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc) => _current!.Set(doc);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _current = new FixedBitSet(context.AtomicReader.MaxDoc);
        Bits[context.Ord] = _current;
    }
}

/// <summary>Lets through exactly the documents of the given bit sets (the authorized matches).</summary>
internal sealed class BitSetFilter(FixedBitSet?[] bits) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        return bits[context.Ord] is { } set ? BitsFilteredDocIdSet.Wrap(set, acceptDocs) : null;
    }
}

internal static class DocValues
{
    /// <summary>The first value of a sorted-set doc-values field of <paramref name="doc"/>, or null.</summary>
    public static string? First(SortedSetDocValues? values, int doc)
    {
        if (values is null)
        {
            return null;
        }

        values.SetDocument(doc);
        var ord = values.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    public static string? Single(SortedDocValues? values, int doc)
    {
        if (values is null || values.GetOrd(doc) < 0)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return bytes.Utf8ToString();
    }
}
