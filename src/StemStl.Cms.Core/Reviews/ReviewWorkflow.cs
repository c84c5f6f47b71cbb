using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Reviews;

/// <summary>A review request with the latest version of its item, as the dashboard and the editor show it.</summary>
internal sealed record ReviewEntry(ReviewRequestRecord Request, ContentItem Item);

/// <summary>
/// Review before publishing: someone who may edit an item but not publish it submits its draft; someone who may publish
/// it approves (publishes that draft) or sends it back with a note. Every decision about who may do what is the
/// authorization service's, asked about the item itself, so workgroup chairs review their own workgroup's pages and
/// editors review everything. Items the caller may not edit answer <see cref="ContentFailure.NotFound"/>, as elsewhere.
/// </summary>
internal sealed class ReviewWorkflow(
    CmsDbContext db,
    IContentManager content,
    IContentAuthorizationService authorization,
    IAuditTrail audit,
    TimeProvider clock)
{
    public const int MaxNoteLength = 2000;

    private const string Category = "Reviews";

    /// <summary>The open request of an item, if any.</summary>
    public Task<ReviewRequestRecord?> FindAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.ReviewRequests.AsNoTracking().SingleOrDefaultAsync(r => r.ContentItemId == contentItemId, cancellationToken);

    /// <summary>Asks for the latest version (a draft) to be published.</summary>
    public async Task<ContentOperationResult> SubmitAsync(ClaimsPrincipal user, string contentItemId, string? note, CancellationToken cancellationToken)
    {
        var (item, refusal) = await EditableAsync(user, contentItemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        if (await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, item, cancellationToken))
        {
            return Fail(ContentFailure.NotApplicable, "", "You may publish this item yourself, so it needs no review: use Publish.");
        }

        if (item.Published)
        {
            return Fail(ContentFailure.NotApplicable, "", "The latest version is already published, so there is nothing to review: save your changes as a draft first.");
        }

        if (TooLong(note, "note") is { } tooLong)
        {
            return tooLong;
        }

        var request = await db.ReviewRequests.SingleOrDefaultAsync(r => r.ContentItemId == contentItemId, cancellationToken);
        if (request is null)
        {
            request = new ReviewRequestRecord { ContentItemId = contentItemId };
            db.ReviewRequests.Add(request);
        }

        request.ContentItemVersionId = item.ContentItemVersionId;
        request.ContentHash = HashOf(item);
        request.ContentType = item.ContentType;
        request.DisplayText = item.DisplayText;
        request.RequestedBy = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        request.RequestedByName = user.Identity?.Name ?? request.RequestedBy;
        request.RequestedUtc = clock.GetUtcNow().UtcDateTime;
        request.Note = Clean(note);
        request.Status = ReviewStatus.Pending;
        (request.ReviewedBy, request.ReviewedByName, request.ReviewedUtc, request.ReviewNote) = (null, null, null, null);
        audit.Record(Event("ReviewRequested", item, request.Note));
        await db.SaveChangesAsync(cancellationToken);
        return ContentOperationResult.Success(item);
    }

    /// <summary>Publishes the submitted draft; publishing clears the request (see <see cref="ReviewClearingHandler"/>).</summary>
    public async Task<ContentOperationResult> ApproveAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken)
    {
        var (item, request, refusal) = await ReviewableAsync(user, contentItemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        // The reviewer approved what was submitted; a later draft has not been reviewed by anyone.
        if (!IsAsSubmitted(request!, item))
        {
            return Fail(ContentFailure.Conflict, "",
                "The draft changed after it was submitted for review. Open the item, check the latest draft, and publish it from the editor if it is right.");
        }

        // Recorded first: the trail saves its event with the next write, which is the publication itself.
        audit.Record(Event("ReviewApproved", item, null));
        return await content.PublishAsync(contentItemId, cancellationToken);
    }

    /// <summary>Returns the request to its author with a note saying what to change.</summary>
    public async Task<ContentOperationResult> SendBackAsync(ClaimsPrincipal user, string contentItemId, string? note, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return Fail(ContentFailure.Invalid, "note", "Say what should change before the page can be published; the author sees this note on their dashboard.");
        }

        if (TooLong(note, "note") is { } tooLong)
        {
            return tooLong;
        }

        var (item, _, refusal) = await ReviewableAsync(user, contentItemId, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        var request = await db.ReviewRequests.SingleAsync(r => r.ContentItemId == contentItemId, cancellationToken);
        request.Status = ReviewStatus.SentBack;
        request.ReviewedBy = user.FindFirstValue(ClaimTypes.NameIdentifier);
        request.ReviewedByName = user.Identity?.Name;
        request.ReviewedUtc = clock.GetUtcNow().UtcDateTime;
        request.ReviewNote = Clean(note);
        audit.Record(Event("ReviewSentBack", item, request.ReviewNote));
        await db.SaveChangesAsync(cancellationToken);
        return ContentOperationResult.Success(item);
    }

    /// <summary>Pending requests whose item the user may publish, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewEntry>> AwaitingAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken)
    {
        var pending = await db.ReviewRequests.AsNoTracking().Where(r => r.Status == ReviewStatus.Pending)
            .OrderBy(r => r.RequestedUtc).ToListAsync(cancellationToken);
        var entries = new List<ReviewEntry>();
        foreach (var entry in await WithItemsAsync(pending, cancellationToken))
        {
            if (entries.Count < take && await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, entry.Item, cancellationToken))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>The user's own open requests, sent-back ones first (they need the author's attention).</summary>
    public async Task<IReadOnlyList<ReviewEntry>> MineAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = await db.ReviewRequests.AsNoTracking().Where(r => r.RequestedBy == userId).ToListAsync(cancellationToken);
        return [.. (await WithItemsAsync(mine, cancellationToken))
            .OrderByDescending(e => e.Request.Status == ReviewStatus.SentBack)
            .ThenByDescending(e => e.Request.ReviewedUtc ?? e.Request.RequestedUtc)];
    }

    private async Task<IEnumerable<ReviewEntry>> WithItemsAsync(List<ReviewRequestRecord> requests, CancellationToken cancellationToken)
    {
        var items = (await content.GetManyAsync(requests.Select(r => r.ContentItemId), VersionOptions.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return requests.Where(r => items.ContainsKey(r.ContentItemId)).Select(r => new ReviewEntry(r, items[r.ContentItemId]));
    }

    private async Task<(ContentItem? Item, ContentOperationResult? Refusal)> EditableAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        return item is not null && await authorization.AuthorizeAsync(user, ContentPermissions.EditContent, item, cancellationToken)
            ? (item, null)
            : (null, Fail(ContentFailure.NotFound, "", $"There is no item '{contentItemId}' you may edit."));
    }

    private async Task<(ContentItem? Item, ReviewRequestRecord? Request, ContentOperationResult? Refusal)> ReviewableAsync(
        ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null || !await authorization.AuthorizeAsync(user, ContentPermissions.PublishContent, item, cancellationToken))
        {
            return (null, null, Fail(ContentFailure.NotFound, "", $"There is no item '{contentItemId}' you may publish."));
        }

        var request = await FindAsync(contentItemId, cancellationToken);
        return request is { Status: ReviewStatus.Pending }
            ? (item, request, null)
            : (null, null, Fail(ContentFailure.NotApplicable, "", $"\"{item.DisplayText}\" is not waiting for review (it may have been published or sent back already)."));
    }

    /// <summary>Whether <paramref name="latest"/> is still the draft that was submitted, unchanged.</summary>
    public static bool IsAsSubmitted(ReviewRequestRecord request, ContentItem latest) =>
        request.ContentItemVersionId == latest.ContentItemVersionId && request.ContentHash == HashOf(latest);

    private static string HashOf(ContentItem item) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Content.ToJsonString())));

    private static ContentOperationResult? TooLong(string? note, string path) =>
        note?.Trim().Length > MaxNoteLength
            ? Fail(ContentFailure.Invalid, path, $"The note is {note.Trim().Length} characters long; keep it to {MaxNoteLength}.")
            : null;

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static ContentOperationResult Fail(ContentFailure failure, string path, string message) => ContentOperationResult.Fail(failure, path, message);

    private static AuditEvent Event(string action, ContentItem item, string? note) =>
        new(Category, action, item.ContentItemId, item.ContentItemVersionId, item.ContentType, note is null ? null : new JsonObject { ["note"] = note });
}
