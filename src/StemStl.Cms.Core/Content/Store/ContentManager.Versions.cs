using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Store;

/// <summary>Publishing, unpublishing, drafts, history and removal.</summary>
internal sealed partial class ContentManager
{
    public Task<ContentOperationResult> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        RunAsync(handlers => PublishCoreAsync(contentItemId, null, handlers, cancellationToken), cancellationToken);

    /// <summary>Publishes the latest version after <paramref name="adjust"/> changed its document (the scheduler clears its schedule so).</summary>
    internal Task<ContentOperationResult> PublishAsync(string contentItemId, Action<JsonObject> adjust, CancellationToken cancellationToken) =>
        RunAsync(handlers => PublishCoreAsync(contentItemId, adjust, handlers, cancellationToken), cancellationToken);

    public Task<ContentOperationResult> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        RunAsync(handlers => UnpublishCoreAsync(contentItemId, null, handlers, cancellationToken), cancellationToken);

    /// <summary>Unpublishes after <paramref name="adjust"/> changed the published version's document.</summary>
    internal Task<ContentOperationResult> UnpublishAsync(string contentItemId, Action<JsonObject> adjust, CancellationToken cancellationToken) =>
        RunAsync(handlers => UnpublishCoreAsync(contentItemId, adjust, handlers, cancellationToken), cancellationToken);

    public Task<ContentOperationResult> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        RunAsync(async _ =>
        {
            var (latest, published) = await HeadsAsync(contentItemId, cancellationToken);
            if (latest is null)
            {
                return NotFound(contentItemId);
            }

            if (latest.Published || published is null)
            {
                return ContentOperationResult.Fail(ContentFailure.NotApplicable, "ContentItemId", latest.Published
                    ? $"content item '{contentItemId}' has no draft to discard."
                    : $"content item '{contentItemId}' has never been published, so its draft is all there is; remove the item instead.", "no_draft");
            }

            var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
            db.ContentFieldIndex.RemoveRange(await db.ContentFieldIndex.Where(r => r.ContentItemRecordId == latest.Id).ToListAsync(cancellationToken));
            db.ContentItems.Remove(latest);
            await db.SaveChangesAsync(cancellationToken);
            published.Latest = true;
            Touch(published);
            await db.SaveChangesAsync(cancellationToken);
            var clashes = await index.SyncAsync(contentItemId, snapshot, cancellationToken);
            if (clashes.Count > 0)
            {
                return ContentOperationResult.Invalid(clashes);
            }

            Record(ContentChangeKind.DraftDiscarded, contentItemId, latest.ContentItemVersionId, latest.ContentType);
            await db.SaveChangesAsync(cancellationToken);
            return ContentOperationResult.Success(ContentRecords.ToItem(published));
        }, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .OrderByDescending(r => r.Number)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ContentRecords.ToItem)];
    }

    public Task<ContentOperationResult> RestoreAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default) =>
        RunAsync(async handlers =>
        {
            var (latest, published) = await HeadsAsync(contentItemId, cancellationToken);
            if (latest is null)
            {
                return NotFound(contentItemId);
            }

            var source = await db.ContentItems.AsNoTracking()
                .FirstOrDefaultAsync(r => r.ContentItemId == contentItemId && r.ContentItemVersionId == contentItemVersionId, cancellationToken);
            if (source is null)
            {
                return ContentOperationResult.Fail(ContentFailure.NotFound, "ContentItemVersionId",
                    $"content item '{contentItemId}' has no version '{contentItemVersionId}'; list its versions to find one.", "not_found");
            }

            var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
            if (TypeOf(snapshot, latest, new ContentItem()) is { } failure)
            {
                return failure;
            }

            var type = snapshot.FindType(latest.ContentType)!;

            // A live item of a versionable type gets the old content as a draft beside what is published.
            var publish = !type.Settings.Draftable || (published is not null && !type.Settings.Versionable);
            var revision = new Revision(latest, published, type, snapshot, ContentRecords.ParseDocument(source.Document), source.DisplayText, publish, true, ContentChangeKind.Restored);
            return await ReviseAsync(revision, handlers, cancellationToken);
        }, cancellationToken);

    public Task<ContentOperationResult> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        RunAsync(async handlers =>
        {
            var versions = await db.ContentItems.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken);
            if (versions.Count == 0)
            {
                return NotFound(contentItemId);
            }

            var head = versions.FirstOrDefault(v => v.Latest) ?? versions.MaxBy(v => v.Number)!;
            var item = ContentRecords.ToItem(head);
            var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
            var type = snapshot.FindType(head.ContentType) ?? new ContentTypeDefinition(head.ContentType, head.ContentType, new ContentTypeSettings(), []);
            var context = handlers.Context(item, type, null, cancellationToken);
            await handlers.InvokeAsync(context, (h, c) => h.RemovingAsync(c));

            db.ContentFieldIndex.RemoveRange(await db.ContentFieldIndex.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken));
            db.ContentUniqueValues.RemoveRange(await db.ContentUniqueValues.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken));
            db.ContentItems.RemoveRange(versions);
            Record(ContentChangeKind.Removed, contentItemId, head.ContentItemVersionId, head.ContentType);
            await db.SaveChangesAsync(cancellationToken);
            await handlers.InvokeAsync(context, (h, c) => h.RemovedAsync(c));
            await db.SaveChangesAsync(cancellationToken);
            return ContentOperationResult.Success(item);
        }, cancellationToken);

    private async Task<ContentOperationResult> PublishCoreAsync(string contentItemId, Action<JsonObject>? adjust, ContentHandlers handlers, CancellationToken cancellationToken)
    {
        var (latest, published) = await HeadsAsync(contentItemId, cancellationToken);
        if (latest is null)
        {
            return NotFound(contentItemId);
        }

        if (latest.Published)
        {
            return ContentOperationResult.Success(ContentRecords.ToItem(latest));
        }

        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        if (TypeOf(snapshot, latest, new ContentItem()) is { } failure)
        {
            return failure;
        }

        var type = snapshot.FindType(latest.ContentType)!;
        var item = ContentRecords.ToItem(latest);
        adjust?.Invoke(item.Content);
        item.Published = true;
        item.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        var context = handlers.Context(item, type, published is null ? null : ContentRecords.ToItem(published), cancellationToken);
        await handlers.InvokeAsync(context, (h, c) => h.PublishingAsync(c));
        if (context.Refusals.Count > 0)
        {
            return ContentOperationResult.Invalid(context.Refusals);
        }

        if (published is not null)
        {
            published.Published = false;
            Touch(published);
            await db.SaveChangesAsync(cancellationToken);
        }

        ContentRecords.Write(item, latest);
        await db.SaveChangesAsync(cancellationToken);
        return await FinishStateChangeAsync(context, ContentChangeKind.Published, snapshot, (h, c) => h.PublishedAsync(c), handlers, cancellationToken);
    }

    private async Task<ContentOperationResult> UnpublishCoreAsync(string contentItemId, Action<JsonObject>? adjust, ContentHandlers handlers, CancellationToken cancellationToken)
    {
        var (latest, published) = await HeadsAsync(contentItemId, cancellationToken);
        if (published is null)
        {
            return latest is null
                ? NotFound(contentItemId)
                : ContentOperationResult.Fail(ContentFailure.NotApplicable, "ContentItemId", $"content item '{contentItemId}' is not published.", "not_published");
        }

        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        var type = snapshot.FindType(published.ContentType) ?? new ContentTypeDefinition(published.ContentType, published.ContentType, new ContentTypeSettings(), []);
        var item = ContentRecords.ToItem(published);
        adjust?.Invoke(item.Content);
        item.Published = false;
        var context = handlers.Context(item, type, ContentRecords.ToItem(published), cancellationToken);
        await handlers.InvokeAsync(context, (h, c) => h.UnpublishingAsync(c));
        ContentRecords.Write(item, published);
        await db.SaveChangesAsync(cancellationToken);
        return await FinishStateChangeAsync(context, ContentChangeKind.Unpublished, snapshot, (h, c) => h.UnpublishedAsync(c), handlers, cancellationToken);
    }

    private async Task<ContentOperationResult> FinishStateChangeAsync(
        Handlers.ContentContext context,
        ContentChangeKind action,
        ContentDefinitionSnapshot snapshot,
        Func<Handlers.IContentHandler, Handlers.ContentContext, Task> after,
        ContentHandlers handlers,
        CancellationToken cancellationToken)
    {
        var item = context.Item;
        var clashes = await index.SyncAsync(item.ContentItemId, snapshot, cancellationToken);
        if (clashes.Count > 0)
        {
            return ContentOperationResult.Invalid(clashes);
        }

        Record(action, item.ContentItemId, item.ContentItemVersionId, item.ContentType);
        await db.SaveChangesAsync(cancellationToken);
        await handlers.InvokeAsync(context, after);
        await db.SaveChangesAsync(cancellationToken);
        return ContentOperationResult.Success(item.Clone());
    }
}
