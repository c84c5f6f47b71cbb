using StemStl.Cms.Content;

namespace StemStl.Campaigns.Active;

/// <summary>
/// Every campaign as the content list shows it (its latest version, without its document), so active campaigns can be
/// chosen without loading every document: only campaigns with the right kind of version are read in full. A region's
/// campaigns number in the tens a year, so listing them all stays cheap; callers still authorize each item they show.
/// </summary>
internal sealed class CampaignCatalog(IContentList list)
{
    public async Task<IReadOnlyList<ContentListEntry>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new List<ContentListEntry>();
        while (true)
        {
            var page = await list.QueryAsync(
                new ContentListQuery { ContentTypes = [CampaignModel.Type], Sort = ContentListSort.CreatedDescending, Skip = all.Count, Take = ContentListQuery.MaxTake },
                cancellationToken);
            all.AddRange(page.Items);
            if (page.Items.Count < ContentListQuery.MaxTake || all.Count >= page.TotalCount)
            {
                return all;
            }
        }
    }

    /// <summary>The ids of campaigns that have a published version.</summary>
    public static IReadOnlyList<string> WithPublishedVersion(IEnumerable<ContentListEntry> entries) =>
        [.. entries.Where(e => e.HasPublishedVersion).Select(e => e.ContentItemId)];

    /// <summary>The ids of campaigns whose latest version is a draft (never published, or a draft beside the published one).</summary>
    public static IReadOnlyList<string> WithDraft(IEnumerable<ContentListEntry> entries) =>
        [.. entries.Where(e => !e.Published).Select(e => e.ContentItemId)];

    /// <summary>
    /// One version per campaign, the draft where the caller may see it, else the published one; then those running at
    /// <paramref name="at"/>, soonest start first.
    /// </summary>
    public static IReadOnlyList<ContentItem> RunningAt(IEnumerable<ContentItem> published, IEnumerable<ContentItem> drafts, DateTimeOffset at)
    {
        var chosen = published.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            chosen[draft.ContentItemId] = draft;
        }

        return [.. chosen.Values
            .Where(i => CampaignModel.RunsAt(i, at))
            .OrderBy(i => CampaignModel.Start(i))
            .ThenBy(i => i.DisplayText, StringComparer.OrdinalIgnoreCase)];
    }
}
