using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Content.Store;

/// <summary>The transaction, the shared revision path and the failures of <see cref="ContentManager"/>.</summary>
internal sealed partial class ContentManager
{
    /// <summary>A new content state for an item: saved in place or as a new version, published or not.</summary>
    private sealed record Revision(
        ContentItemRecord Latest,
        ContentItemRecord? Published,
        ContentTypeDefinition Type,
        ContentDefinitionSnapshot Snapshot,
        JsonObject Content,
        string DisplayText,
        bool Publish,
        bool ForceNewVersion,
        ContentChangeKind Change);

    // Operations running inside another operation of this scope (a handler calling the manager).
    private int _depth;

    private async Task<ContentOperationResult> RunAsync(Func<ContentHandlers, Task<ContentOperationResult>> body, CancellationToken cancellationToken)
    {
        var handlers = new ContentHandlers(services);
        ContentOperationResult result;
        await using (var transaction = await ContentTransaction.BeginAsync(db, refresh: _depth == 0, cancellationToken))
        {
            _depth++;
            try
            {
                result = await body(handlers);
            }
            catch (DbUpdateException ex) when (Classify(ex) is { } failure)
            {
                await transaction.RollbackAsync();
                return await NameHolderAsync(failure, ex, cancellationToken);
            }
            finally
            {
                _depth--;
            }

            if (!result.Succeeded)
            {
                await transaction.RollbackAsync();
                return result;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var action in handlers.AfterCommitActions)
        {
            try
            {
                await action(cancellationToken);
            }
#pragma warning disable CA1031 // The change is committed; a failing follower (webhook, cache) must not turn it into an error.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                ContentLog.AfterCommitFailed(logger, ex, result.Item?.ContentItemId ?? "");
            }
        }

        return result;
    }

    /// <summary>Turns a lost race into the result the loser would have got had it arrived second.</summary>
    private ContentOperationResult? Classify(DbUpdateException exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            return ContentOperationResult.Fail(ContentFailure.Conflict, "ContentItemVersionId",
                "the item was changed by another writer at the same time; reload it and apply the change again.", "conflict");
        }

        var unique = exception.Entries.Select(e => e.Entity).OfType<ContentUniqueValueRecord>().FirstOrDefault();
        if (unique is not null)
        {
            var path = index.PathOf(unique.Scope, unique.Value) ?? unique.Scope;
            return ContentOperationResult.Invalid([ContentIndexWriter.Clash(new UniqueValue(unique.Scope, unique.Value, path), null)]);
        }

        return exception.Entries.Any(e => e.Entity is ContentItemRecord)
            ? ContentOperationResult.Fail(ContentFailure.Conflict, "ContentItemId",
                "another writer changed the item's versions at the same time; reload it and apply the change again.", "conflict")
            : null;
    }

    /// <summary>A unique value lost to a concurrent writer: once rolled back, the winner's row is visible and can be named.</summary>
    private async Task<ContentOperationResult> NameHolderAsync(ContentOperationResult failure, DbUpdateException exception, CancellationToken cancellationToken)
    {
        if (exception.Entries.Select(e => e.Entity).OfType<ContentUniqueValueRecord>().FirstOrDefault() is not { } unique)
        {
            return failure;
        }

        var holder = await db.ContentUniqueValues.AsNoTracking()
            .Where(u => u.Scope == unique.Scope && u.Value == unique.Value)
            .Select(u => u.ContentItemId)
            .FirstOrDefaultAsync(cancellationToken);
        var path = failure.Errors[0].Path;
        return ContentOperationResult.Invalid([ContentIndexWriter.Clash(new UniqueValue(unique.Scope, unique.Value, path), holder)]);
    }

    private async Task<(ContentItemRecord? Latest, ContentItemRecord? Published)> HeadsAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var heads = await db.ContentItems
            .Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published))
            .ToListAsync(cancellationToken);
        return (heads.FirstOrDefault(r => r.Latest), heads.FirstOrDefault(r => r.Published));
    }

    private async Task<ContentOperationResult> ReviseAsync(Revision revision, ContentHandlers handlers, CancellationToken cancellationToken)
    {
        var (latest, published, type, snapshot) = (revision.Latest, revision.Published, revision.Type, revision.Snapshot);
        var newVersion = revision.ForceNewVersion || (type.Settings.Versionable && latest.Published);
        var now = clock.GetUtcNow().UtcDateTime;
        var previous = ContentRecords.ToItem(latest);
        var keepsPublished = !newVersion && latest.Published;
        var item = new ContentItem
        {
            ContentItemId = latest.ContentItemId,
            ContentItemVersionId = newVersion ? IdGenerator.New(clock.GetUtcNow()) : latest.ContentItemVersionId,
            ContentType = latest.ContentType,
            DisplayText = revision.DisplayText,
            Number = newVersion ? await db.ContentItems.Where(r => r.ContentItemId == latest.ContentItemId).MaxAsync(r => r.Number, cancellationToken) + 1 : latest.Number,
            Latest = true,
            Published = revision.Publish || keepsPublished,
            Owner = latest.Owner,
            Author = user.Name,
            CreatedUtc = latest.CreatedUtc,
            ModifiedUtc = now,
            PublishedUtc = revision.Publish ? now : keepsPublished ? latest.PublishedUtc : null,
            Content = (JsonObject)revision.Content.DeepClone(),
        };

        var context = handlers.Context(item, type, previous, cancellationToken);
        await handlers.InvokeAsync(context, (h, c) => h.UpdatingAsync(c));
        if (revision.Publish)
        {
            await handlers.InvokeAsync(context, (h, c) => h.PublishingAsync(c));
        }

        var errors = await pipeline.ValidateAndNormalizeAsync(item, type, snapshot, previous.Content, cancellationToken);
        if (errors.Count > 0 || context.Refusals.Count > 0)
        {
            return ContentOperationResult.Invalid([.. errors, .. context.Refusals]);
        }

        // Demote before promoting: the database allows one latest and one published row per item at every statement.
        if (newVersion)
        {
            latest.Latest = false;
            Touch(latest);
        }

        if (item.Published && published is not null && (newVersion || published != latest))
        {
            published.Published = false;
            Touch(published);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (newVersion)
        {
            var record = new ContentItemRecord();
            ContentRecords.Write(item, record);
            db.ContentItems.Add(record);
        }
        else
        {
            ContentRecords.Write(item, latest);
        }

        await db.SaveChangesAsync(cancellationToken);
        var clashes = await index.SyncAsync(item.ContentItemId, snapshot, cancellationToken);
        if (clashes.Count > 0)
        {
            return ContentOperationResult.Invalid(clashes);
        }

        Record(revision.Change, item.ContentItemId, item.ContentItemVersionId, type.Name);
        if (revision.Publish)
        {
            Record(ContentChangeKind.Published, item.ContentItemId, item.ContentItemVersionId, type.Name);
        }

        await db.SaveChangesAsync(cancellationToken);
        await handlers.InvokeAsync(context, (h, c) => h.UpdatedAsync(c));
        if (revision.Publish)
        {
            await handlers.InvokeAsync(context, (h, c) => h.PublishedAsync(c));
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContentOperationResult.Success(item.Clone());
    }

    /// <summary>Audits a change and appends it to the change log, both in the operation's transaction.</summary>
    private void Record(ContentChangeKind kind, string contentItemId, string contentItemVersionId, string contentType)
    {
        audit.Record(new AuditEvent("Content", kind.ToString(), contentItemId, contentItemVersionId, contentType));
        changes.Append(kind, contentItemId, contentItemVersionId, contentType);
    }

    /// <summary>Any write of a version row changes its stamp, so a writer that read the row before cannot overwrite it.</summary>
    private static void Touch(ContentItemRecord record) => record.ConcurrencyStamp = Guid.NewGuid();

    private static ContentOperationResult? TypeOf(ContentDefinitionSnapshot snapshot, ContentItemRecord latest, ContentItem incoming)
    {
        if (!string.IsNullOrEmpty(incoming.ContentType) && incoming.ContentType != latest.ContentType)
        {
            return ContentOperationResult.Fail(ContentFailure.Invalid, "ContentType",
                $"content item '{latest.ContentItemId}' is a '{latest.ContentType}'; its type cannot change to '{incoming.ContentType}'.");
        }

        return snapshot.FindType(latest.ContentType) is null
            ? ContentOperationResult.Fail(ContentFailure.Invalid, "ContentType",
                $"content type '{latest.ContentType}' of item '{latest.ContentItemId}' is no longer defined; define it again before changing the item.", "unknown")
            : null;
    }

    private static ContentOperationResult UnknownType(ContentDefinitionSnapshot snapshot, string name)
    {
        var hint = NameSuggestion.Closest(name ?? "", snapshot.Types.Keys);
        return ContentOperationResult.Fail(ContentFailure.Invalid, "ContentType",
            hint is null ? $"unknown content type '{name}'." : $"unknown content type '{name}'; did you mean '{hint}'?", "unknown");
    }

    private static ContentOperationResult NotFound(string contentItemId) =>
        ContentOperationResult.Fail(ContentFailure.NotFound, "ContentItemId", $"content item '{contentItemId}' does not exist.", "not_found");
}
