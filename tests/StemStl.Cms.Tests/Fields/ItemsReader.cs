using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Fields;

/// <summary>
/// A test double for the read-only <see cref="IContentReader"/>: it returns the items a test constructs, so part and
/// field kinds can be unit-tested without a store. The real reader is covered by the content manager's tests.
/// </summary>
internal sealed class ItemsReader(params ContentItem[] items) : IContentReader
{
    public List<VersionOptions> Requests { get; } = [];

    public Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken = default)
    {
        Requests.Add(options);
        var wanted = contentItemIds.ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<ContentItem> found = [.. items.Where(i => wanted.Contains(i.ContentItemId))];
        return Task.FromResult(found);
    }
}
