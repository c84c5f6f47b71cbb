using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StemStl.Cms.Webhooks;

/// <summary>
/// Signs a delivery the way receivers check it: <c>X-StemStl-Signature: sha256=&lt;hex HMAC-SHA256 of "{timestamp}.{body}"&gt;</c>
/// with the webhook's secret, and <c>X-StemStl-Timestamp</c> in Unix seconds so receivers can refuse replays.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-StemStl-Signature";
    public const string TimestampHeader = "X-StemStl-Timestamp";
    public const string EventHeader = "X-StemStl-Event";
    public const string DeliveryHeader = "X-StemStl-Delivery";

    public static string Sign(string secret, long unixSeconds, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "." + body));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>Checks a received signature in constant time, as a receiver should.</summary>
    public static bool Verify(string secret, long unixSeconds, string body, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, unixSeconds, body)), Encoding.ASCII.GetBytes(signature));
}
