using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StemStl.Cms.Data;

namespace StemStl.Cms.Webhooks;

/// <summary>
/// Sends the outbox: due deliveries are claimed one by one with a lease (so several nodes never send the same one),
/// sent, and marked delivered, or scheduled again with a doubling delay until they run out of attempts. A committed
/// change wakes it at once; otherwise it looks every <see cref="WebhookOptions.PollSeconds"/>.
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const int Batch = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Asks for a pass now (after a commit that wrote deliveries, or a "send test").</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A pass is already asked for; one is enough.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunDueAsync(stoppingToken) == Batch)
                {
                }
            }
#pragma warning disable CA1031 // A locked database or a bug in one pass must not stop deliveries for good.
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                WebhookLog.PassFailed(logger, ex);
            }

            await _wake.WaitAsync(TimeSpan.FromSeconds(settings.PollSeconds), stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One pass over the due deliveries; returns how many it claimed.</summary>
    internal async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptUtc <= now && (d.LockedUntilUtc == null || d.LockedUntilUtc < now))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);

        var claimed = 0;
        foreach (var id in due)
        {
            var until = now.Add(Lease);
            var won = await db.WebhookDeliveries
                .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && (d.LockedUntilUtc == null || d.LockedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntilUtc, until), cancellationToken);
            if (won == 1)
            {
                claimed++;
                await SendAsync(db, id, cancellationToken);
            }
        }

        return claimed;
    }

    private async Task SendAsync(CmsDbContext db, long id, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == id, cancellationToken);
        var hook = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(w => w.Id == delivery.WebhookId, cancellationToken);
        var outcome = hook is null
            ? new WebhookSendOutcome(false, null, "The webhook was deleted before this delivery went out.", Retry: false)
            : await sender.SendAsync(hook, delivery, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        delivery.Attempts++;
        delivery.LastStatusCode = outcome.StatusCode;
        delivery.LastError = outcome.Error?[..Math.Min(outcome.Error.Length, 1024)];
        delivery.LockedUntilUtc = null;
        if (outcome.Succeeded)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.CompletedUtc = now;
        }
        else if (!outcome.Retry || delivery.Attempts >= options.Value.MaxAttempts)
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.CompletedUtc = now;
            WebhookLog.GaveUp(logger, delivery.Id, delivery.Attempts, outcome.Error ?? "");
        }
        else
        {
            delivery.NextAttemptUtc = now + RetryDelay(delivery.Attempts);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The wait after the <paramref name="failures"/>-th failure: the base delay, doubled each time, capped.</summary>
    internal TimeSpan RetryDelay(int failures)
    {
        var settings = options.Value;
        var seconds = settings.RetryDelaySeconds * Math.Pow(2, Math.Min(failures - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, settings.MaxRetryDelaySeconds));
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
