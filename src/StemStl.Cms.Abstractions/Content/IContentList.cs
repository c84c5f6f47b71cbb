namespace StemStl.Cms.Content;

/// <summary>
/// Pages through the content item index without loading documents: the editors' lists and dashboards.
/// Filters and sorts run in SQL; the caller still asks <c>IContentAuthorizationService</c> about each item it shows.
/// </summary>
public interface IContentList
{
    /// <summary>The latest version of each matching item, one page of them, with the total before paging.</summary>
    Task<ContentListPage> QueryAsync(ContentListQuery query, CancellationToken cancellationToken = default);
}

/// <summary>What a content list asks for. Every filter is optional; an empty query lists everything, newest first.</summary>
public sealed record ContentListQuery
{
    /// <summary>Only items of these types; empty means all.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Words that must appear in the display text (case-insensitive).</summary>
    public string? Text { get; init; }

    /// <summary>Only items owned by this user id.</summary>
    public string? Owner { get; init; }

    /// <summary>Which state the latest version is in.</summary>
    public ContentListStatus Status { get; init; } = ContentListStatus.Any;

    /// <summary>Only items whose latest version was modified at or after this instant.</summary>
    public DateTime? ModifiedSinceUtc { get; init; }

    /// <summary>The order of the page.</summary>
    public ContentListSort Sort { get; init; } = ContentListSort.ModifiedDescending;

    /// <summary>Items to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Items to return, 1 to <see cref="MaxTake"/>.</summary>
    public int Take { get; init; } = 20;

    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxTake = 500;
}

/// <summary>The state of an item's latest version.</summary>
public enum ContentListStatus
{
    /// <summary>Any state.</summary>
    Any,

    /// <summary>The latest version is published (no pending draft).</summary>
    Published,

    /// <summary>The latest version is a draft (never published, or a draft beside the published one).</summary>
    Draft,

    /// <summary>A draft beside a published version.</summary>
    DraftOfPublished,

    /// <summary>The latest version carries a publish-later or unpublish-later time.</summary>
    Scheduled,
}

/// <summary>How a content list is ordered.</summary>
public enum ContentListSort
{
    /// <summary>Most recently modified first.</summary>
    ModifiedDescending,

    /// <summary>Least recently modified first.</summary>
    ModifiedAscending,

    /// <summary>By display text, A to Z.</summary>
    DisplayTextAscending,

    /// <summary>By display text, Z to A.</summary>
    DisplayTextDescending,

    /// <summary>Most recently created first.</summary>
    CreatedDescending,
}

/// <summary>One page of a content list: latest versions, without their documents' parts.</summary>
public sealed record ContentListPage(int TotalCount, IReadOnlyList<ContentListEntry> Items);

/// <summary>An item as a list shows it.</summary>
public sealed record ContentListEntry(
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    string DisplayText,
    bool Published,
    bool HasPublishedVersion,
    string? Owner,
    string? Author,
    DateTime? CreatedUtc,
    DateTime? ModifiedUtc,
    DateTime? PublishedUtc);
