using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StemStl.Cms.IntegrationTests.Webhooks;

/// <summary>One request the listener received.</summary>
public sealed record ReceivedDelivery(IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A real HTTP listener on 127.0.0.1 (its own Kestrel server) that records what the hub POSTs to it and answers with
/// the status codes it is told to, in order, then 200.
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookListener(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedDelivery> Received { get; } = new();

    /// <summary>Answer 500 to everything while set.</summary>
    public bool AlwaysFail { get; set; }

    public string Url { get; private set; } = "";

    public static async Task<WebhookListener> StartAsync(params int[] answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new WebhookListener(app);
        foreach (var answer in answers)
        {
            listener._answers.Enqueue(answer);
        }

        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            listener.Received.Enqueue(new ReceivedDelivery(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            return Results.StatusCode(listener.AlwaysFail ? 500 : listener._answers.TryDequeue(out var code) ? code : 200);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.Url = address.TrimEnd('/') + "/hook";
        return listener;
    }

    /// <summary>Waits, without sleeping a fixed time, until <paramref name="count"/> deliveries have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedDelivery>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (Received.Count < count)
        {
            await Task.Delay(20, cts.Token);
        }

        return [.. Received];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
