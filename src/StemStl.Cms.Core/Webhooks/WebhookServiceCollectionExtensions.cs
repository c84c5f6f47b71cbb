using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemStl.Cms.Handlers;

namespace StemStl.Cms.Webhooks;

/// <summary>Registers the webhook outbox, its sender and the background dispatcher.</summary>
internal static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(WebhookSender.ClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("StemStl.Cms-Webhooks/1.0"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.TryAddScoped<WebhookStore>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, WebhookOutboxHandler>());
        return services;
    }
}
