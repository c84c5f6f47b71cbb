using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_IsHmacSha256OfTimestampDotBody_InLowerHex()
    {
        // printf '1700000000.{}' | openssl dgst -sha256 -hmac secret
        Assert.Equal("sha256=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163", WebhookSignature.Sign("secret", 1700000000, "{}"));
    }

    [Theory]
    [InlineData("other-secret", 1700000000, "{}")]
    [InlineData("secret", 1700000001, "{}")]
    [InlineData("secret", 1700000000, "{ }")]
    public void Verify_WithAnyPartChanged_Fails(string secret, long timestamp, string body)
    {
        var signature = WebhookSignature.Sign("secret", 1700000000, "{}");

        Assert.True(WebhookSignature.Verify("secret", 1700000000, "{}", signature));
        Assert.False(WebhookSignature.Verify(secret, timestamp, body, signature));
        Assert.False(WebhookSignature.Verify("secret", 1700000000, "{}", null));
    }

    [Fact]
    public void RetryDelay_DoublesFromTheBaseAndStopsAtTheCap()
    {
        var options = Options.Create(new WebhookOptions { RetryDelaySeconds = 30, MaxRetryDelaySeconds = 3600 });
        using var dispatcher = new WebhookDispatcher(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            null!, options, TimeProvider.System, NullLogger<WebhookDispatcher>.Instance);

        int[] failures = [1, 2, 3, 4, 20];
        Assert.Equal([30, 60, 120, 240, 3600], failures.Select(n => dispatcher.RetryDelay(n).TotalSeconds));
    }
}
