using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StemStl.Cms.Hosting;

/// <summary>
/// Once the server listens, prints where the site's endpoints are and how to sign in. Only endpoints that are
/// actually mapped are listed, so the banner grows by itself as modules add GraphQL or the admin.
/// </summary>
internal sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    EndpointDataSource endpoints,
    IOptions<SetupOptions> setup) : IHostedService
{
    private static readonly (string Label, string Prefix, string Path)[] Candidates =
    [
        ("Admin", "/admin", "/admin"),
        ("GraphQL", "/api/graphql", "/api/graphql"),
        ("REST content API", "/api/content", "/api/content/{id}"),
        ("OpenAPI document", "/openapi/", "/openapi/v1.json"),
        ("Health", "/health", "/health"),
        ("Recipes", "/api/recipes", "/api/recipes"),
        ("API tokens", "/api/tokens", "/api/tokens"),
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var baseUrl = addresses?.OrderBy(a => a.StartsWith("https", StringComparison.Ordinal) ? 0 : 1).FirstOrDefault()?.TrimEnd('/');
        if (baseUrl is null)
        {
            return;
        }

        var patterns = endpoints.Endpoints.OfType<RouteEndpoint>().Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')).ToList();
        var output = Console.Out;
        output.WriteLine($"StemStl.Cms is listening on {string.Join(", ", addresses!)}");
        foreach (var (label, prefix, path) in Candidates)
        {
            if (patterns.Any(p => p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                output.WriteLine($"  {label,-18} {baseUrl}{path}");
            }
        }

        if (patterns.Any(p => p.StartsWith("/admin/login", StringComparison.OrdinalIgnoreCase)))
        {
            output.WriteLine($"  Editors sign in at {baseUrl}/admin/login as \"{setup.Value.AdminUserName}\".");
        }

        output.WriteLine($"  Sign in with POST {baseUrl}/api/account/signin {{\"userName\":\"{setup.Value.AdminUserName}\",\"password\":\"…\"}}");
        output.WriteLine("  (the password is StemStl:Setup:AdminPassword, or the one printed at first run); API clients send");
        output.WriteLine("  Authorization: Bearer <token> with a token from POST /api/tokens.");
        output.Flush();
    }
}
