using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Api;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Handlers;

namespace StemStl.Cms.Webhooks;

/// <summary>
/// Writes a delivery to the outbox for every enabled webhook that wants the event, inside the content change's own
/// transaction: the change and its deliveries are saved together or not at all, so a restart loses neither.
/// </summary>
internal sealed class WebhookOutboxHandler(CmsDbContext db, WebhookDispatcher dispatcher, TimeProvider clock) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => EnqueueAsync(context, WebhookEvents.Published, "content.published");

    public Task UnpublishedAsync(ContentContext context) => EnqueueAsync(context, WebhookEvents.Unpublished, "content.unpublished");

    public Task RemovedAsync(ContentContext context) => EnqueueAsync(context, WebhookEvents.Deleted, "content.deleted");

    private async Task EnqueueAsync(ContentContext context, WebhookEvents kind, string name)
    {
        var item = context.Item;
        var hooks = await db.Webhooks.AsNoTracking().Where(w => w.Enabled && (w.Events & kind) != 0).ToListAsync(context.CancellationToken);
        var wanted = hooks.Where(w => w.TypeList.Count == 0 || w.TypeList.Contains(item.ContentType, StringComparer.Ordinal)).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var payload = Payload(name, now, kind == WebhookEvents.Deleted ? null : item, item);
        foreach (var hook in wanted)
        {
            db.WebhookDeliveries.Add(new WebhookDeliveryRecord
            {
                WebhookId = hook.Id,
                Event = name,
                ContentItemId = item.ContentItemId,
                Payload = payload,
                CreatedUtc = now,
                NextAttemptUtc = now,
            });
        }

        context.AfterCommit(_ =>
        {
            dispatcher.Wake();
            return Task.CompletedTask;
        });
    }

    /// <summary>The body receivers get: the event, when, and the item (for deletions only its identity).</summary>
    public static string Payload(string name, DateTime utc, ContentItem? full, ContentItem identity) => new JsonObject
    {
        ["event"] = name,
        ["occurredUtc"] = utc.ToString("O"),
        ["contentItemId"] = identity.ContentItemId,
        ["contentType"] = identity.ContentType,
        ["contentItem"] = full is null ? null : ContentItemJson.Write(full),
    }.ToJsonString();
}
