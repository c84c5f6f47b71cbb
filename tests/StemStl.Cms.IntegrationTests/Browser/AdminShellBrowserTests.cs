using Microsoft.Playwright;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Browser;

[Trait("Category", "Browser")]
public sealed class AdminShellBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Editor_SignsInFindsAWorkgroupAndSignsOut()
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        Assert.Equal("Dashboard", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await page.ScreenshotAsync("admin-dashboard");

        await page.GetByRole(AriaRole.Link, new() { Name = "Content items" }).ClickAsync();
        await page.GetByLabel("Search titles").FillAsync("rigor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForPageAsync("**/admin/content?*q=rigor*");
        Assert.Equal("1 item(s)", await page.GetByRole(AriaRole.Status).TextContentAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Supporting Quality and Rigor" }).CountAsync());
        await page.ScreenshotAsync("admin-content-list");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForPageAsync("**/admin/login");
        await page.GotoAsync("/admin");
        Assert.Contains("/admin/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsTheMessageAndKeepsTheUserName()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/login");

        await page.GetByLabel("User name or e-mail").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("password is wrong", await page.GetByRole(AriaRole.Alert).TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("admin", await page.GetByLabel("User name or e-mail").InputValueAsync());
        await page.ScreenshotAsync("admin-signin-error");
    }

    [Fact]
    public async Task Keyboard_SkipLinkIsTheFirstStopAndMovesFocusToTheContent()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [InlineData("/admin/login", false, "light")]
    [InlineData("/admin", true, "light")]
    [InlineData("/admin/content", true, "light")]
    [InlineData("/admin/account/password", true, "light")]
    [InlineData("/admin/features", true, "light")]
    [InlineData("/admin/audit", true, "light")]
    [InlineData("/admin/webhooks", true, "light")]
    [InlineData("/admin/media", true, "light")]
    [InlineData("/admin/settings/preview", true, "dark")]
    [InlineData("/admin/tokens", true, "light")]
    [InlineData("/admin/users", true, "light")]
    [InlineData("/admin/roles/Editor", true, "light")]
    [InlineData("/admin/workgroups", true, "light")]
    [InlineData("/admin/workgroups/stemstlworkgroup0000000001", true, "dark")]
    [InlineData("/admin/workgroups/stemstlworkgroup0000000001/pages", true, "light")]
    [InlineData("/admin/workgroups/stemstlworkgroup0000000002/pages", true, "dark")]
    [InlineData("/admin/search", true, "light")]
    [InlineData("/admin/search/edit", true, "dark")]
    [InlineData("/admin/definitions", true, "light")]
    [InlineData("/admin/definitions/new", true, "light")]
    [InlineData("/admin/definitions/types/Resource", true, "light")]
    [InlineData("/admin/definitions/parts/Resource", true, "light")]
    [InlineData("/admin/definitions/parts/Resource", true, "dark")]
    [InlineData("/admin/campaigns/calendar?month=2027-04", true, "light")]
    [InlineData("/admin/campaigns/calendar?month=2027-04", true, "dark")]
    [InlineData("/admin/resources/import", true, "light")]
    [InlineData("/admin/pathways/living-wage", true, "light")]
    [InlineData("/admin/pathways/living-wage", true, "dark")]
    [InlineData("/admin/jobs", true, "light")]
    [InlineData("/admin/recipes", true, "light")]
    [InlineData("/admin/recipes", true, "dark")]
    [InlineData("/admin", true, "dark")]
    [InlineData("/admin/content", true, "dark")]
    public async Task MainScreens_HaveNoSeriousAccessibilityViolations(string path, bool signedIn, string scheme)
    {
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        if (signedIn)
        {
            await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        }

        await page.GotoAsync(path);
        var violations = await page.SeriousAccessibilityViolationsAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public async Task Dashboard_OnATablet_StacksTheNavigationAboveTheContent()
    {
        var page = await browser.NewPageAsync(width: 768, height: 1024);
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var nav = await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).BoundingBoxAsync();
        var main = await page.Locator("main").BoundingBoxAsync();

        Assert.True(nav!.Y + nav.Height <= main!.Y + 1, "the navigation should sit above the content on a narrow screen");
        Assert.True(main.Width > 700, "the content should use the full width on a tablet");
        await page.ScreenshotAsync("admin-dashboard-tablet");
    }
}
