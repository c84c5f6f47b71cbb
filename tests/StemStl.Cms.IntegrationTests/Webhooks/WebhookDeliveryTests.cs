using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.IntegrationTests.Webhooks;

/// <summary>Deliveries end to end: a real host publishes, a real listener on 127.0.0.1 receives.</summary>
public sealed class WebhookDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Short delays keep the retries quick; the tests still wait on what arrives, never on the clock.
    private static CmsFactory Host(string folder, bool ownsFolder = true, bool send = true, int maxAttempts = 8) => new(folder, ownsFolder, new Dictionary<string, string?>
    {
        ["StemStl:Webhooks:Enabled"] = send ? "true" : "false",
        ["StemStl:Webhooks:PollSeconds"] = "0.1",
        ["StemStl:Webhooks:RetryDelaySeconds"] = "0.05",
        ["StemStl:Webhooks:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static Task<(WebhookRecord Hook, string Secret)> CreateHookAsync(CmsFactory host, string url, WebhookEvents events = WebhookEvents.Published, params string[] types) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WebhookStore>().CreateAsync(new WebhookInput("Front end", url, types, events, Enabled: true), CancellationToken.None));

    private static Task<List<WebhookDeliveryRecord>> DeliveriesAsync(CmsFactory host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().WebhookDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync());

    private static async Task<string> PublishPageAsync(CmsFactory host, string title)
    {
        using var admin = await host.AdminClientAsync();
        var response = await admin.PostJsonAsync("/api/content", Json.Page(title));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
    }

    [Fact]
    public async Task Publish_PostsASignedDeliveryToTheListener()
    {
        await using var listener = await WebhookListener.StartAsync();
        await using var host = Host(CmsFactory.NewFolder());
        var (_, secret) = await CreateHookAsync(host, listener.Url);

        var id = await PublishPageAsync(host, "Robotics open house");

        var received = Assert.Single(await listener.WaitForAsync(1));
        Assert.Equal("content.published", received.Headers[WebhookSignature.EventHeader]);
        var timestamp = long.Parse(received.Headers[WebhookSignature.TimestampHeader], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(WebhookSignature.Verify(secret, timestamp, received.Body, received.Headers[WebhookSignature.SignatureHeader]));
        Assert.False(WebhookSignature.Verify(secret + "x", timestamp, received.Body, received.Headers[WebhookSignature.SignatureHeader]));
        var body = JsonNode.Parse(received.Body)!;
        Assert.Equal(id, body["contentItemId"]!.GetValue<string>());
        Assert.Equal("Robotics open house", body["contentItem"]!["DisplayText"]!.GetValue<string>());
        Assert.Equal("application/json", received.Headers["Content-Type"].Split(';')[0]);
    }

    [Fact]
    public async Task Delivery_ThatFailsIsRetriedWithBackoffUntilTheListenerAnswers()
    {
        await using var listener = await WebhookListener.StartAsync(500, 503);
        await using var host = Host(CmsFactory.NewFolder());
        await CreateHookAsync(host, listener.Url);

        await PublishPageAsync(host, "Retry me");

        await listener.WaitForAsync(3);
        var delivery = await WaitForStatusAsync(host, DeliveryStatus.Delivered);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(200, delivery.LastStatusCode);
    }

    [Fact]
    public async Task Delivery_ThatKeepsFailing_StopsAfterTheLastAttemptWithTheReason()
    {
        await using var listener = await WebhookListener.StartAsync();
        listener.AlwaysFail = true;
        await using var host = Host(CmsFactory.NewFolder(), maxAttempts: 3);
        await CreateHookAsync(host, listener.Url);

        await PublishPageAsync(host, "Never arrives");

        var delivery = await WaitForStatusAsync(host, DeliveryStatus.Failed);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(500, delivery.LastStatusCode);
        Assert.Contains("500", delivery.LastError, StringComparison.Ordinal);
        Assert.Equal(3, listener.Received.Count);
    }

    [Fact]
    public async Task Outbox_SurvivesARestart_AndTheNextHostDeliversIt()
    {
        await using var listener = await WebhookListener.StartAsync();
        var folder = CmsFactory.NewFolder();
        try
        {
            await using (var first = Host(folder, ownsFolder: false, send: false))
            {
                await CreateHookAsync(first, listener.Url);
                await PublishPageAsync(first, "Published before the restart");
                Assert.Equal(DeliveryStatus.Pending, Assert.Single(await DeliveriesAsync(first)).Status);
            }

            Assert.Empty(listener.Received);
            await using var second = Host(folder, ownsFolder: false);
            second.StartServer();

            var received = Assert.Single(await listener.WaitForAsync(1));
            Assert.Contains("Published before the restart", received.Body, StringComparison.Ordinal);
        }
        finally
        {
            CmsFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Webhook_ReceivesOnlyItsEventsAndTypes()
    {
        await using var listener = await WebhookListener.StartAsync();
        await using var host = Host(CmsFactory.NewFolder());
        await CreateHookAsync(host, listener.Url, WebhookEvents.Unpublished, "Page");
        await CreateHookAsync(host, listener.Url, WebhookEvents.Published, "Workgroup");

        var id = await PublishPageAsync(host, "Only the unpublish counts");
        using var admin = await host.AdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/content/{id}/unpublish", null, Ct)).StatusCode);

        var received = Assert.Single(await listener.WaitForAsync(1));
        Assert.Equal("content.unpublished", received.Headers[WebhookSignature.EventHeader]);
        Assert.Single(await DeliveriesAsync(host));
    }

    [Fact]
    public async Task RefusedChange_WritesNoDelivery()
    {
        await using var listener = await WebhookListener.StartAsync();
        await using var host = Host(CmsFactory.NewFolder(), send: false);
        await CreateHookAsync(host, listener.Url);
        using var admin = await host.AdminClientAsync();

        var response = await admin.PostJsonAsync("/api/content", Json.Page(""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await DeliveriesAsync(host));
    }

    private static async Task<WebhookDeliveryRecord> WaitForStatusAsync(CmsFactory host, DeliveryStatus status)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if ((await DeliveriesAsync(host)).FirstOrDefault(d => d.Status == status) is { } done)
            {
                return done;
            }

            await Task.Delay(20, cts.Token);
        }
    }
}
