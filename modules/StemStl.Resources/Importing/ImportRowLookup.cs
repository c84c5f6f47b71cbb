using StemStl.Cms.Content;

namespace StemStl.Resources.Importing;

/// <summary>
/// The names an import file may use for terms, organizations and workgroups, loaded once per import: people write
/// "6-8" and "STEMSTL", the store holds ids. Ids are accepted as well, so an exported file imports back unchanged.
/// </summary>
internal sealed class ImportRowLookup(IContentManager content, IContentList list)
{
    private readonly Dictionary<string, Names> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Names> _items = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var taxonomies = await content.GetManyAsync(ResourceModel.Taxonomies.Select(t => t.TaxonomyId), VersionOptions.Latest, cancellationToken);
        foreach (var taxonomy in ResourceModel.Taxonomies)
        {
            var names = new Names();
            foreach (var term in TaxonomyTerms.Of(taxonomies.FirstOrDefault(t => t.ContentItemId == taxonomy.TaxonomyId)))
            {
                names.Add(term.ContentItemId, term.DisplayText);
            }

            _terms[taxonomy.Field] = names;
        }

        foreach (var type in new[] { ResourceModel.OrganizationType, ResourceModel.WorkgroupType })
        {
            var names = new Names();
            for (var skip = 0; ; skip += ContentListQuery.MaxTake)
            {
                var page = await list.QueryAsync(new ContentListQuery { ContentTypes = [type], Skip = skip, Take = ContentListQuery.MaxTake, Sort = ContentListSort.DisplayTextAscending }, cancellationToken);
                foreach (var entry in page.Items)
                {
                    names.Add(entry.ContentItemId, entry.DisplayText);
                }

                if (skip + page.Items.Count >= page.TotalCount || page.Items.Count == 0)
                {
                    break;
                }
            }

            _items[type] = names;
        }
    }

    /// <summary>The term of the taxonomy held by <paramref name="field"/> that <paramref name="value"/> names.</summary>
    public string? Term(string field, string value) => _terms[field].Find(value);

    /// <summary>The names of the taxonomy's terms, for error messages.</summary>
    public IReadOnlyList<string> TermNames(string field) => _terms[field].DisplayNames;

    /// <summary>The item of <paramref name="type"/> that <paramref name="value"/> names by id or title.</summary>
    public string? Item(string type, string value) => _items[type].Find(value);

    private sealed class Names
    {
        private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _displayNames = [];

        public IReadOnlyList<string> DisplayNames => _displayNames;

        public void Add(string id, string name)
        {
            _ids.Add(id);
            _displayNames.Add(name);

            // Two items with one title: the first keeps the name, the others are reached by id.
            _byName.TryAdd(name.Trim(), id);
        }

        public string? Find(string value) => _ids.Contains(value) ? value : _byName.GetValueOrDefault(value.Trim());
    }
}
