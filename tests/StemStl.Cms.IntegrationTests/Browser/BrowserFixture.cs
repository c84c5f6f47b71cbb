using Microsoft.Playwright;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Browser;

/// <summary>
/// A real host on Kestrel and Debian's chromium driven by Playwright, one per test class. Without chromium the tests
/// report themselves skipped, except under <c>CI=true</c>, where a missing browser fails the run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public CmsFactory Cms { get; } = new();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _unavailable = $"The browser tests need Debian's chromium at {ChromiumPath} (apt-get install -y chromium).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(_unavailable);
            }

            return;
        }

        Cms.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) on the host, with a tablet-or-larger viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 860)
    {
        if (_unavailable is not null)
        {
            Assert.Skip(_unavailable);
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Cms.ClientOptions.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // A generous ceiling, not a speed check: a busy two-core machine can take seconds to render the first page.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Cms.DisposeAsync();
    }
}
