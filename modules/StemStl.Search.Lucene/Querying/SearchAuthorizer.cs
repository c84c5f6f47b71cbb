using System.Security.Claims;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StemStl.Cms.Content;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// Narrows the matches to what the caller may see, before totals, facets and pages are computed, so all three agree.
/// Where the caller may read every published item (or every draft) of a type, the type answers for its items; every
/// other match is loaded and put to <see cref="IContentAuthorizationService"/> one by one (owners, workgroups, preview tokens).
/// </summary>
internal sealed class SearchAuthorizer(IContentAuthorizationService authorization, IContentManager content)
{
    private const int LoadBatch = 500;

    public async Task<(FixedBitSet?[] Bits, int Count)> AuthorizeAsync(IndexSearcher searcher, FixedBitSet?[] matches, ClaimsPrincipal user, bool indexLatest, CancellationToken cancellationToken)
    {
        var leaves = searcher.IndexReader.Leaves;
        var allowed = new FixedBitSet?[leaves.Count];
        var byType = new Dictionary<(string, bool), bool>();
        var pending = new List<(int Leaf, int Doc, string Id)>();
        var count = 0;
        foreach (var leaf in leaves)
        {
            if (matches[leaf.Ord] is not { } bits)
            {
                continue;
            }

            var reader = leaf.AtomicReader;
            var types = reader.GetSortedSetDocValues(LuceneFields.ContentType);
            var states = reader.GetSortedSetDocValues(LuceneFields.Published);
            var ids = reader.GetSortedDocValues(LuceneFields.ContentItemId);
            var set = allowed[leaf.Ord] = new FixedBitSet(reader.MaxDoc);
            for (var doc = bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            {
                var type = DocValues.First(types, doc) ?? "";
                var published = DocValues.First(states, doc) == "true";
                if (!byType.TryGetValue((type, published), out var whole))
                {
                    whole = await authorization.AuthorizeAsync(user, published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent, type, cancellationToken);
                    byType[(type, published)] = whole;
                }

                if (whole)
                {
                    set.Set(doc);
                    count++;
                }
                else if (DocValues.Single(ids, doc) is { } id)
                {
                    pending.Add((leaf.Ord, doc, id));
                }
            }
        }

        foreach (var chunk in pending.Chunk(LoadBatch))
        {
            var items = (await content.GetManyAsync(chunk.Select(p => p.Id), indexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken))
                .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            foreach (var (leaf, doc, id) in chunk)
            {
                if (items.TryGetValue(id, out var item)
                    && await authorization.AuthorizeAsync(user, item.Published ? ContentPermissions.ViewContent : ContentPermissions.PreviewContent, item, cancellationToken))
                {
                    allowed[leaf]!.Set(doc);
                    count++;
                }
            }
        }

        return (allowed, count);
    }
}
