using Microsoft.Extensions.Logging;

namespace StemStl.Cms.Webhooks;

internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "A webhook delivery pass failed; the next pass retries.")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} failed {Attempts} time(s) and will not be retried: {Error}")]
    public static partial void GaveUp(ILogger logger, long deliveryId, int attempts, string error);
}
