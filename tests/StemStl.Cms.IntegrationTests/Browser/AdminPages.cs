using System.Text.Json;
using Microsoft.Playwright;

namespace StemStl.Cms.IntegrationTests.Browser;

/// <summary>What the browser tests do on admin pages: sign in, check accessibility with axe-core, save screenshots.</summary>
internal static class AdminPages
{
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(FindUp("tests/StemStl.Cms.IntegrationTests/node_modules/axe-core/axe.min.js")));

    public static async Task SignInAsync(this IPage page, string userName, string password)
    {
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("User name or e-mail").FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForPageAsync("**/admin");
    }

    /// <summary>
    /// Waits until the browser is on <paramref name="url"/> and the document is parsed, with its stylesheets and deferred
    /// scripts. Not the load event: twice under a loaded CI machine a page's load event never reached the test.
    /// </summary>
    public static async Task WaitForPageAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>
    /// Runs axe-core (WCAG 2.x A and AA rules) and returns the serious and critical violations, one line each.
    /// <paramref name="exclude"/> leaves out a third-party widget's own markup (a CSS selector), never our pages'.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(this IPage page, string? exclude = null)
    {
        // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) does not govern.
        await page.EvaluateAsync(AxeScript.Value);
        var json = await page.EvaluateAsync<JsonElement>(
            "async exclude => (await axe.run(exclude ? { include: [document], exclude: [exclude] } : document," +
            " { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))",
            exclude);
        return [.. json.EnumerateArray().Select(v => v.GetString() ?? "")];
    }

    /// <summary>Saves a full-page screenshot to docs/screenshots/ in the repository, for the README and reviewers.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(FindUp("docs"), "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}; build the test project so npm ci installs it.");
    }
}
