namespace StemStl.Search.Lucene.Definitions;

/// <summary>
/// The index names this node last read from the settings. Permission providers answer synchronously, so the per-index
/// permissions are listed from here; the indexer reads the definitions at every poll, which keeps it current.
/// </summary>
internal sealed class LuceneIndexCatalog
{
    private volatile IReadOnlyList<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public void Update(IEnumerable<string> names) => _names = [.. names.Order(StringComparer.Ordinal)];

    public void Add(string name)
    {
        if (!_names.Contains(name, StringComparer.Ordinal))
        {
            Update([.. _names, name]);
        }
    }
}
