using System.Text.Json;
using Microsoft.Playwright;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Browser;

[Trait("Category", "Browser")]
public sealed class DefinitionsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_EnablesAFeatureCreatesATypeWithFieldsPublishesAnItemAndFindsItInGraphQL()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        // The setup recipe switches the pathways feature on: off and on again, and the features it needs name it as their dependent.
        await page.GetByRole(AriaRole.Link, new() { Name = "Features" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable Blueprint4STEM pathways" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Disabled: Blueprint4STEM pathways");
        await Assertions.Expect(page.Locator("#needs-StemStl-Title")).Not.ToContainTextAsync("Blueprint4STEM pathways");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable Blueprint4STEM pathways" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enabled: Blueprint4STEM pathways");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Disable Blueprint4STEM pathways" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#needs-StemStl-Title")).ToContainTextAsync("Blueprint4STEM pathways");

        await page.GetByRole(AriaRole.Link, new() { Name = "Content definitions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New content type" }).ClickAsync();
        await page.GetByLabel("Display name (required)").FillAsync("Science night");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create type" }).ClickAsync();
        await page.WaitForPageAsync("**/admin/definitions/types/ScienceNight");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created the content type Science night");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the fields of Science night" }).ClickAsync();
        await AddFieldAsync(page, "Venue", "Text");
        await AddFieldAsync(page, "Guests", "Number");
        await page.GetByLabel("Maximum", new() { Exact = true }).Last.FillAsync("400");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save fields" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved Science night");
        await page.ScreenshotAsync("definitions-editor");

        await page.GotoAsync("/admin/content/new/ScienceNight");
        await page.GetByLabel("Title (required)").FillAsync("Spring science night");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Saint Louis Science Center");
        await page.GetByLabel("Guests", new() { Exact = true }).FillAsync("250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created and published.");

        // The query goes out from the page, with the admin's cookie, as the GraphQL IDE sends it.
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await fetch('/api/graphql', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }," +
            " body: JSON.stringify({ query: '{ scienceNight { displayText published venue { text } guests { value } } }' }) })).json()");
        var nights = result.GetProperty("data").GetProperty("scienceNight");
        var night = Assert.Single(nights.EnumerateArray());
        Assert.Equal("Spring science night", night.GetProperty("displayText").GetString());
        Assert.True(night.GetProperty("published").GetBoolean());
        Assert.Equal("Saint Louis Science Center", night.GetProperty("venue").GetProperty("text").GetString());
        Assert.Equal(250, night.GetProperty("guests").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task NewType_WithAnInvalidName_ShowsTheMessageBesideItAndKeepsWhatWasTyped()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await page.GotoAsync("/admin/definitions/new");

        await page.GetByLabel("Display name (required)").FillAsync("Open house");
        await page.GetByLabel("Technical name").FillAsync("open house");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create type" }).ClickAsync();

        await Assertions.Expect(page.Locator("#Name-error")).ToContainTextAsync("is not a valid type name");
        Assert.Equal("true", await page.GetByLabel("Technical name").GetAttributeAsync("aria-invalid"));
        Assert.Equal("open house", await page.GetByLabel("Technical name").InputValueAsync());
        Assert.Equal("Open house", await page.GetByLabel("Display name (required)").InputValueAsync());
    }

    private static async Task AddFieldAsync(IPage page, string label, string kind)
    {
        await page.GetByLabel("Label", new() { Exact = true }).FillAsync(label);
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save fields" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Added the field {label}");
    }
}
