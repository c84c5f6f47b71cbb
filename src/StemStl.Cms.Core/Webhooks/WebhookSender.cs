using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace StemStl.Cms.Webhooks;

/// <summary>What one attempt came to; <see cref="Retry"/> is false when trying again cannot help.</summary>
internal sealed record WebhookSendOutcome(bool Succeeded, int? StatusCode, string? Error, bool Retry = true);

/// <summary>POSTs one signed delivery and reports the listener's answer.</summary>
internal sealed class WebhookSender(IHttpClientFactory http, IDataProtectionProvider protection, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string ClientName = "StemStl.Webhooks";
    public const string SecretPurpose = "StemStl.Webhooks.Secret";

    public async Task<WebhookSendOutcome> SendAsync(WebhookRecord hook, WebhookDeliveryRecord delivery, CancellationToken cancellationToken)
    {
        string secret;
        try
        {
            secret = protection.CreateProtector(SecretPurpose).Unprotect(hook.ProtectedSecret);
        }
        catch (CryptographicException)
        {
            return new(false, null, "The webhook's secret cannot be read with this site's data-protection keys; rotate the secret.", Retry: false);
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, delivery.Payload));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            using var response = await http.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new(true, code, null)
                : new(false, code, $"The listener answered {code} {response.ReasonPhrase}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(false, null, $"The listener did not answer within {options.Value.TimeoutSeconds} s.");
        }
        catch (HttpRequestException ex)
        {
            return new(false, null, $"The listener could not be reached: {ex.Message}");
        }
    }
}
