using Microsoft.Playwright;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Browser;

[Trait("Category", "Browser")]
public sealed class GraphQLIdeBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Editor_OpensTheIdeFromTheMenuAndSeesADraftOnlyTheirCookieUnlocks()
    {
        // A draft: anonymous callers never see it, so finding it proves the IDE sends the editor's cookie.
        using (var admin = await browser.Cms.AdminClientAsync())
        {
            var created = await admin.PostJsonAsync("/api/content?draft=true", Json.Page("Draft seen through the IDE"));
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var page = await browser.NewPageAsync();
        var problems = CollectConsoleProblems(page);
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "GraphQL IDE" }).ClickAsync();
        await page.WaitForPageAsync("**/admin/graphql");
        // CodeMirror reads keys from a hidden textarea; graphql-ide.js names it, which is how a screen reader finds it too.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "GraphQL query" }).FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync("{ page(status: DRAFT) { displayText } workgroup(first: 50) { displayText } }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Prettify query (Shift-Ctrl-P)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();

        var result = page.Locator(".graphiql-response .CodeMirror");
        await Assertions.Expect(result).ToContainTextAsync("Draft seen through the IDE");
        await Assertions.Expect(result).ToContainTextAsync("Connection to the Workforce");
        Assert.DoesNotContain("\"errors\"", await result.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.ScreenshotAsync("admin-graphql-ide");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task GraphQLIde_HasNoSeriousAccessibilityViolationsInOurMarkup(string scheme)
    {
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await page.GotoAsync("/admin/graphql");
        await page.Locator(".graphiql-container").WaitForAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Response" })).ToHaveCountAsync(1);

        // GraphiQL's CodeMirror editors are left out: their syntax colours and scroll boxes are GraphiQL's own
        // (axe flags color-contrast and scrollable-region-focusable there). Their unnamed input fields are ours to
        // fix, and graphql-ide.js names every one, checked just below.
        var violations = await page.SeriousAccessibilityViolationsAsync(exclude: "#graphql-ide .CodeMirror");
        var unnamed = await page.Locator("#graphql-ide textarea:not([aria-label])").CountAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Equal(0, unnamed);
        Assert.Equal(4, await page.Locator("#graphql-ide textarea[aria-label]").CountAsync());
    }

    /// <summary>Console errors and CSP refusals seen by the page; a blocked script or style shows up as one.</summary>
    private static List<string> CollectConsoleProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + Shorten(message.Text));
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        // The console line for a failed load omits the address; the response event names it.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"response: {response.Status} {response.Request.Method} {response.Url}");
            }
        };
        return problems;
    }

    // A CSP refusal quotes the whole blocked URL, which for an embedded font is kilobytes of base64.
    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
