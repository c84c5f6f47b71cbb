namespace StemStl.Cms.Content;

/// <summary>
/// Creates, versions and removes content items. Every operation is one transaction: it validates,
/// writes the version documents and their index rows, runs the handlers and records an audit event,
/// or changes nothing. Rules: at most one published and one latest version per item; editing a
/// published item of a versionable type makes a draft; a change against a stale version is a conflict.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of <paramref name="contentType"/> with an id and empty parts; null when the type does not exist.</summary>
    Task<ContentItem?> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>One version of an item, or null.</summary>
    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    /// <summary>A specific version, or null.</summary>
    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Many items at once, in one query; missing ids are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    /// <summary>Saves a new item; publishes it unless <paramref name="draft"/> is true (or the type is not draftable).</summary>
    Task<ContentOperationResult> CreateAsync(ContentItem item, bool draft = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a change. <see cref="ContentItem.ContentItemVersionId"/> must name the latest version, else the
    /// result is a conflict. With <paramref name="draft"/> the change becomes (or stays) a draft beside the
    /// published version; without it the change is published.
    /// </summary>
    Task<ContentOperationResult> UpdateAsync(ContentItem item, bool draft = false, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates by id, publishing when <see cref="ContentItem.Published"/> is set; for recipes and imports, where running twice must leave the same state.</summary>
    Task<ContentOperationResult> ImportAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Publishes the latest version.</summary>
    Task<ContentOperationResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Takes the published version down; the item stays as a draft.</summary>
    Task<ContentOperationResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Drops the draft so the published version is the latest again.</summary>
    Task<ContentOperationResult> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Every version, newest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes a copy of an old version the new latest version (a draft when the item is published and the type is versionable).</summary>
    Task<ContentOperationResult> RestoreAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Removes the item with all its versions.</summary>
    Task<ContentOperationResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);
}
