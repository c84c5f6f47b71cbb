using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace StemStl.Search.Lucene.Definitions;

/// <summary>How an index turns text into terms.</summary>
internal enum LuceneAnalyzer
{
    /// <summary>Words, lower-cased, English stop words removed.</summary>
    Standard,

    /// <summary>As standard, with English stemming: "robots" finds "robot", "teaching" finds "teach".</summary>
    English,

    /// <summary>The whole value as one term: for codes and identifiers.</summary>
    Keyword,
}

/// <summary>How one document field is indexed, overriding what its contributor chose; null keeps the contributor's choice.</summary>
internal sealed record LuceneFieldSettings(bool? Stored = null, bool? Analyzed = null, bool? Keyword = null);

/// <summary>A named index: which types it holds, how it analyzes text, and whether it follows drafts.</summary>
/// <param name="IndexLatest">Index each item's latest version (drafts included) instead of its published one.</param>
/// <param name="Public">
/// Anyone, the anonymous included, may query the index; otherwise only holders of its <c>QueryLucene{Name}Index</c>
/// permission (and of <c>ManageLuceneIndexes</c>, which implies it). Either way each hit is still checked item by item.
/// Not part of <see cref="Hash"/>: who may query changes no document.
/// </param>
internal sealed record LuceneIndexDefinition(
    string Name,
    IReadOnlyList<string> ContentTypes,
    LuceneAnalyzer Analyzer,
    bool IndexLatest,
    IReadOnlyDictionary<string, LuceneFieldSettings> Fields,
    bool Public = true)
{
    /// <summary>Changes whenever anything that shapes the documents changes, so an index built under another definition is rebuilt.</summary>
    public string Hash
    {
        get
        {
            var canonical = JsonSerializer.Serialize(new
            {
                Types = ContentTypes.Order(StringComparer.Ordinal),
                Analyzer = Analyzer.ToString(),
                IndexLatest,
                Fields = Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new { f.Key, f.Value.Stored, f.Value.Analyzed, f.Value.Keyword }),
            });
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
        }
    }

    public LuceneFieldSettings FieldSettings(string name) => Fields.GetValueOrDefault(name) ?? Default;

    private static readonly LuceneFieldSettings Default = new();
}

/// <summary>
/// A definition with its rebuild and reset requests. Each request bumps a generation; every node compares it with the
/// generation its local index was built under, so a rebuild asked on one node happens on all of them.
/// </summary>
internal sealed record LuceneIndexState(LuceneIndexDefinition Definition, int RebuildGeneration, int ResetGeneration);
