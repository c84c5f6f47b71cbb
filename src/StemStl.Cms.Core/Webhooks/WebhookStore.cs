using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Audit;
using StemStl.Cms.Content.Store;
using StemStl.Cms.Data;

namespace StemStl.Cms.Webhooks;

/// <summary>What an admin sets on a webhook.</summary>
internal sealed record WebhookInput(string? Name, string? Url, IReadOnlyList<string> ContentTypes, WebhookEvents Events, bool Enabled);

/// <summary>Creates, changes and removes webhooks, rotates their secrets and sends test deliveries; every change is audited.</summary>
internal sealed class WebhookStore(CmsDbContext db, IDataProtectionProvider protection, IAuditTrail audit, WebhookDispatcher dispatcher, TimeProvider clock)
{
    public Task<List<WebhookRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Webhooks.AsNoTracking().OrderBy(w => w.Name).ToListAsync(cancellationToken);

    public Task<WebhookRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);

    /// <summary>The latest deliveries of a webhook, newest first.</summary>
    public Task<List<WebhookDeliveryRecord>> DeliveriesAsync(string id, int take, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id).OrderByDescending(d => d.Id).Take(take).ToListAsync(cancellationToken);

    /// <summary>Validation messages keyed by input name; empty when the input is acceptable.</summary>
    public static Dictionary<string, string> Validate(WebhookInput input)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 128)
        {
            errors[nameof(WebhookInput.Name)] = "Give the webhook a name of 1 to 128 characters.";
        }

        if (!Uri.TryCreate(input.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || input.Url!.Length > 2048)
        {
            errors[nameof(WebhookInput.Url)] = "Enter an absolute http:// or https:// address the hub can POST to.";
        }

        if (input.Events == WebhookEvents.None)
        {
            errors[nameof(WebhookInput.Events)] = "Choose at least one event.";
        }

        return errors;
    }

    /// <summary>Creates a webhook and returns it with its secret, which is shown this once.</summary>
    public async Task<(WebhookRecord Hook, string Secret)> CreateAsync(WebhookInput input, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        var hook = new WebhookRecord { Id = IdGenerator.New(), CreatedUtc = clock.GetUtcNow().UtcDateTime, ProtectedSecret = Protect(secret) };
        Apply(hook, input);
        db.Webhooks.Add(hook);
        Record("Created", hook);
        await db.SaveChangesAsync(cancellationToken);
        return (hook, secret);
    }

    public async Task<bool> UpdateAsync(string id, WebhookInput input, CancellationToken cancellationToken)
    {
        if (await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } hook)
        {
            return false;
        }

        Apply(hook, input);
        Record("Updated", hook);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Gives the webhook a new secret and returns it, shown this once; deliveries still pending are signed with it.</summary>
    public async Task<string?> RotateSecretAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } hook)
        {
            return null;
        }

        var secret = NewSecret();
        hook.ProtectedSecret = Protect(secret);
        Record("SecretRotated", hook);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken) is not { } hook)
        {
            return false;
        }

        db.Webhooks.Remove(hook);
        db.WebhookDeliveries.RemoveRange(db.WebhookDeliveries.Where(d => d.WebhookId == id));
        Record("Deleted", hook);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Queues a <c>ping</c> delivery and wakes the sender; the delivery log shows how it went.</summary>
    public async Task<WebhookDeliveryRecord?> SendTestAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } hook)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var delivery = new WebhookDeliveryRecord
        {
            WebhookId = hook.Id,
            Event = "ping",
            Payload = new JsonObject { ["event"] = "ping", ["webhookId"] = hook.Id, ["webhook"] = hook.Name, ["occurredUtc"] = now.ToString("O") }.ToJsonString(),
            CreatedUtc = now,
            NextAttemptUtc = now,
        };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
        dispatcher.Wake();
        return delivery;
    }

    private static void Apply(WebhookRecord hook, WebhookInput input)
    {
        hook.Name = input.Name!.Trim();
        hook.Url = input.Url!.Trim();
        hook.ContentTypes = string.Join(',', input.ContentTypes.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal));
        hook.Events = input.Events;
        hook.Enabled = input.Enabled;
    }

    // The audit names the webhook and its target, never the secret.
    private void Record(string action, WebhookRecord hook) =>
        audit.Record(new AuditEvent("Webhooks", action, Details: new JsonObject { ["webhookId"] = hook.Id, ["name"] = hook.Name, ["url"] = hook.Url }));

    private string Protect(string secret) => protection.CreateProtector(WebhookSender.SecretPurpose).Protect(secret);

    private static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
