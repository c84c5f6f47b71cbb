using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace StemStl.Search.Lucene.Querying;

/// <summary>Counts the values of keyword fields over every authorized match (not just the page), from their doc values.</summary>
internal static class FacetCounter
{
    /// <summary>Most values returned per facet, the most frequent first.</summary>
    public const int MaxValues = 100;

    public static FacetResult Count(IndexSearcher searcher, FixedBitSet?[] docs, string name, string field)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (docs[leaf.Ord] is not { } bits || leaf.AtomicReader.GetSortedSetDocValues(field) is not { } values)
            {
                continue;
            }

            var perOrd = new int[values.ValueCount];
            for (var doc = bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    perOrd[ord]++;
                }
            }

            var bytes = new BytesRef();
            for (var ord = 0; ord < perOrd.Length; ord++)
            {
                if (perOrd[ord] > 0)
                {
                    values.LookupOrd(ord, bytes);
                    var value = bytes.Utf8ToString();
                    counts[value] = counts.GetValueOrDefault(value) + perOrd[ord];
                }
            }
        }

        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxValues);
        return new FacetResult(name, [.. top.Select(c => new FacetValue(c.Key, c.Value))]);
    }
}
