using Microsoft.Playwright;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Browser;

[Trait("Category", "Browser")]
public sealed class ContentEditorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string WorkgroupEditor = "/admin/content/stemstlworkgroup0000000003";

    [Fact]
    public async Task Editor_PreviewsMarkdownAsItIsTypedThenSavesADraft()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await page.GotoAsync(WorkgroupEditor);

        var focus = page.GetByLabel("Focus (required)");
        await focus.FillAsync("Finds the **gaps** in St. Louis STEM programs.\n\n<script>document.title='x'</script>");
        var preview = page.GetByLabel("Focus preview");
        await preview.Locator("strong", new() { HasText = "gaps" }).WaitForAsync();
        Assert.Equal(0, await preview.Locator("script").CountAsync());
        await page.ScreenshotAsync("admin-editor");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Draft saved." }).WaitForAsync();
        Assert.Equal("Draft of published", await page.Locator(".meta .badge").TextContentAsync());
    }

    [Fact]
    public async Task Editor_WithARequiredFieldEmptied_ShowsTheMessageBesideItAndKeepsTheRest()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await page.GotoAsync("/admin/content/new/Page");

        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("A body worth keeping.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        var title = page.GetByLabel("Title (required)");
        await page.Locator("#in-TitlePart-Title-error").WaitForAsync();
        Assert.Equal("true", await title.GetAttributeAsync("aria-invalid"));
        Assert.Equal("A body worth keeping.", await page.GetByLabel("Body", new() { Exact = true }).InputValueAsync());
        await page.ScreenshotAsync("admin-editor-validation");
    }

    [Theory]
    [InlineData(WorkgroupEditor)]
    [InlineData(WorkgroupEditor + "/versions")]
    [InlineData("/admin/content/new/Page")]
    public async Task EditorScreens_HaveNoSeriousAccessibilityViolations(string path)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await page.GotoAsync(path);

        var violations = await page.SeriousAccessibilityViolationsAsync();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
