using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StemStl.Cms.Audit;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Content.Store;

/// <summary>
/// The content store's write path. Every operation is one transaction (or a savepoint inside the caller's): validate,
/// write the version rows, sync the field index and unique values, record audit events and run the handlers, or change nothing.
/// </summary>
/// <remarks>
/// After-commit work queued by handlers runs once the operation's own transaction commits. Inside an ambient transaction
/// (a recipe) the engine cannot see the outer commit, so it runs when the operation completes; such callers are
/// expected to commit or fail as a whole.
/// </remarks>
internal sealed partial class ContentManager(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    ContentSavePipeline pipeline,
    ContentIndexWriter index,
    IServiceProvider services,
    IAuditTrail audit,
    ContentChangeLog changes,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<ContentManager> logger) : IContentManager, IContentReader
{
    public async Task<ContentItem?> NewAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        if (snapshot.FindType(contentType) is not { } type)
        {
            return null;
        }

        var item = new ContentItem { ContentItemId = IdGenerator.New(clock.GetUtcNow()), ContentType = type.Name };
        foreach (var part in TypeParts.Of(type, snapshot))
        {
            item.Content[part.Name] = new JsonObject();
        }

        return item;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId)
            .Matching(options)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ContentRecords.ToItem(record);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId, cancellationToken);
        return record is null ? null : ContentRecords.ToItem(record);
    }

    public Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        ContentRecords.GetManyAsync(db, contentItemIds, options, cancellationToken);

    public Task<ContentOperationResult> CreateAsync(ContentItem item, bool draft = false, CancellationToken cancellationToken = default)
    {
        Sanitize(item);
        return RunAsync(handlers => CreateCoreAsync(item, draft, imported: false, handlers, cancellationToken), cancellationToken);
    }

    public Task<ContentOperationResult> UpdateAsync(ContentItem item, bool draft = false, CancellationToken cancellationToken = default)
    {
        Sanitize(item);
        return RunAsync(async handlers =>
        {
            var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
            var (latest, published) = await HeadsAsync(item.ContentItemId, cancellationToken);
            if (latest is null)
            {
                return NotFound(item.ContentItemId);
            }

            if (item.ContentItemVersionId != latest.ContentItemVersionId)
            {
                return ContentOperationResult.Fail(ContentFailure.Conflict, "ContentItemVersionId",
                    $"content item '{item.ContentItemId}' was changed meanwhile: version '{item.ContentItemVersionId}' is not the latest ('{latest.ContentItemVersionId}'). Reload the item and apply the change again.",
                    "conflict");
            }

            if (TypeOf(snapshot, latest, item) is { } failure)
            {
                return failure;
            }

            var type = snapshot.FindType(latest.ContentType)!;
            var revision = new Revision(latest, published, type, snapshot, item.Content, item.DisplayText, !draft || !type.Settings.Draftable, false, ContentChangeKind.Updated);
            return await ReviseAsync(revision, handlers, cancellationToken);
        }, cancellationToken);
    }

    public Task<ContentOperationResult> ImportAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        Sanitize(item);
        return RunAsync(async handlers =>
        {
            var (latest, published) = await HeadsAsync(item.ContentItemId, cancellationToken);
            if (latest is null)
            {
                return await CreateCoreAsync(item, !item.Published, imported: true, handlers, cancellationToken);
            }

            var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
            if (TypeOf(snapshot, latest, item) is { } failure)
            {
                return failure;
            }

            var type = snapshot.FindType(latest.ContentType)!;
            var publish = item.Published || !type.Settings.Draftable;

            // Normalise a copy first: an import of what is already stored must not make a new version.
            var stored = ContentRecords.ParseDocument(latest.Document);
            var probe = item.Clone();
            var errors = await pipeline.ValidateAndNormalizeAsync(probe, type, snapshot, stored, cancellationToken);
            if (errors.Count > 0)
            {
                return ContentOperationResult.Invalid(errors);
            }

            if (JsonNode.DeepEquals(probe.Content, stored) && probe.DisplayText == latest.DisplayText)
            {
                return publish && !latest.Published
                    ? await PublishCoreAsync(item.ContentItemId, null, handlers, cancellationToken)
                    : ContentOperationResult.Success(ContentRecords.ToItem(latest));
            }

            var revision = new Revision(latest, published, type, snapshot, item.Content, item.DisplayText, publish, false, ContentChangeKind.Updated);
            return await ReviseAsync(revision, handlers, cancellationToken);
        }, cancellationToken);
    }

    private async Task<ContentOperationResult> CreateCoreAsync(ContentItem incoming, bool draft, bool imported, ContentHandlers handlers, CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetSnapshotAsync(cancellationToken);
        if (snapshot.FindType(incoming.ContentType) is not { } type)
        {
            return UnknownType(snapshot, incoming.ContentType);
        }

        var id = string.IsNullOrEmpty(incoming.ContentItemId) ? IdGenerator.New(clock.GetUtcNow()) : incoming.ContentItemId;
        if (!IsValidId(id))
        {
            return ContentOperationResult.Fail(ContentFailure.Invalid, "ContentItemId",
                $"'{id}' is not a valid content item id: use 1 to 26 letters, digits, '-' or '_', or leave it empty to get a generated one.");
        }

        if (await db.ContentItems.AnyAsync(r => r.ContentItemId == id, cancellationToken))
        {
            return ContentOperationResult.Fail(ContentFailure.Conflict, "ContentItemId",
                $"content item '{id}' already exists; update it instead of creating it.", "conflict");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var publish = !draft || !type.Settings.Draftable;
        var item = incoming.Clone();
        item.ContentItemId = id;
        item.ContentItemVersionId = IdGenerator.New(clock.GetUtcNow());
        item.ContentType = type.Name;
        item.Number = 1;
        item.Latest = true;
        item.Published = publish;
        item.Owner = imported ? incoming.Owner ?? user.UserId : user.UserId;
        item.Author = user.Name;
        item.CreatedUtc = imported ? incoming.CreatedUtc ?? now : now;
        item.ModifiedUtc = now;
        item.PublishedUtc = publish ? now : null;

        var context = handlers.Context(item, type, null, cancellationToken);
        await handlers.InvokeAsync(context, (h, c) => h.CreatingAsync(c));
        if (publish)
        {
            await handlers.InvokeAsync(context, (h, c) => h.PublishingAsync(c));
        }

        var errors = await pipeline.ValidateAndNormalizeAsync(item, type, snapshot, null, cancellationToken);
        if (errors.Count > 0 || context.Refusals.Count > 0)
        {
            return ContentOperationResult.Invalid([.. errors, .. context.Refusals]);
        }

        var record = new ContentItemRecord();
        ContentRecords.Write(item, record);
        db.ContentItems.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var clashes = await index.SyncAsync(id, snapshot, cancellationToken);
        if (clashes.Count > 0)
        {
            return ContentOperationResult.Invalid(clashes);
        }

        Record(ContentChangeKind.Created, id, item.ContentItemVersionId, type.Name);
        if (publish)
        {
            Record(ContentChangeKind.Published, id, item.ContentItemVersionId, type.Name);
        }

        await db.SaveChangesAsync(cancellationToken);
        await handlers.InvokeAsync(context, (h, c) => h.CreatedAsync(c));
        if (publish)
        {
            await handlers.InvokeAsync(context, (h, c) => h.PublishedAsync(c));
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContentOperationResult.Success(item.Clone());
    }

    /// <summary>Items deserialised from requests may carry nulls where the model promises values; treat them as empty.</summary>
    private static void Sanitize(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.ContentItemId ??= "";
        item.ContentItemVersionId ??= "";
        item.ContentType ??= "";
        item.DisplayText ??= "";
        item.Content ??= [];
    }

    private static bool IsValidId(string id) =>
        id.Length <= 26 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
