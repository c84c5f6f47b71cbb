using System.Text.Json.Nodes;
using System.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;

namespace StemStl.Cms.IntegrationTests.Browser;

/// <summary>
/// A communications staffer's day: a campaign written in Markdown, scheduled with its dates, previewed on the front
/// end, published, and then live in GraphQL; and a file put into the media library and attached to a resource.
/// </summary>
[Trait("Category", "Browser")]
public sealed class CommunicationsJourneyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Comms-Journey-2026";

    [Fact]
    public async Task CommunicationsStaffer_WritesSchedulesPreviewsAndPublishesACampaign()
    {
        var page = await browser.NewPageAsync();
        var userName = await StafferAsync();
        await UsePreviewAddressAsync();
        await page.SignInAsync(userName, Password);

        await page.GotoAsync("/admin/content/new/Campaign");
        await page.GetByLabel("Title (required)").FillAsync("Makers in the Park");
        await page.GetByLabel("Goal (required)").FillAsync("Bring 500 families to hands-on making in Forest Park.");
        await page.GetByLabel("Start (UTC) (required)").FillAsync("2027-05-01T14:00");
        await page.GetByLabel("End (UTC) (required)").FillAsync("2027-05-08T22:00");
        await page.GetByLabel("Call to action: address").FillAsync("https://stemstl.org/makers-in-the-park");
        await page.GetByLabel("Call to action: link text").FillAsync("Plan your visit");
        await page.GetByLabel("Schedule with its dates").CheckAsync();
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("Bring the **whole family** to build, code and tinker.");
        await page.GetByLabel("Body preview").Locator("strong", new() { HasText = "whole family" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Created as a draft." }).WaitForAsync();
        var id = page.Url.Split('/')[^1];
        Assert.Equal("2027-05-01T14:00", await page.GetByLabel("Publish at (UTC)", new() { Exact = true }).InputValueAsync());
        await page.GetByLabel("Body preview").Locator("strong").WaitForAsync();
        await page.ScreenshotAsync("campaign-editor");

        var popup = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Preview on site" }).ClickAsync());
        var opened = new Uri(popup.Url);
        Assert.Equal(id, HttpUtility.ParseQueryString(opened.Query)["id"]);
        await ReadsTheDraftAsync(id, HttpUtility.ParseQueryString(opened.Query)["token"]!);
        await popup.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published." }).WaitForAsync();

        using var frontEnd = browser.Cms.CreateClient();
        var (_, body) = await frontEnd.GraphQLAsync("{ activeCampaigns(at: \"2027-05-03T15:00:00Z\") { displayText } }");
        Assert.Contains("Makers in the Park", body.Data("activeCampaigns")!.AsArray().Select(c => c!["displayText"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CommunicationsStaffer_UploadsToTheLibraryAndAttachesAFileToAResource()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(await StafferAsync(), Password);

        await page.GotoAsync("/admin/media");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "Family Flyer.png", MimeType = "image/png", Buffer = Png() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Uploaded \"Family Flyer.png\"" }).WaitForAsync();
        await page.ScreenshotAsync("media-library");

        await page.GotoAsync("/admin/content/new/Resource");
        var attachments = page.GetByLabel("Attachments", new() { Exact = true });
        await page.GetByLabel("Choose from the library").FillAsync("flyer");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Family Flyer\\.png") }).ClickAsync();
        Assert.Matches("^[0-9]{4}/[0-9]{2}/family-flyer-[0-9a-f]{8}\\.png$", await attachments.InputValueAsync());

        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray() });
        await page.WaitForFunctionAsync("id => document.getElementById(id).value.includes('notes-')", "in-Resource-Attachments-Paths");
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = "not a pdf"u8.ToArray() });
        await page.Locator("#in-Resource-Attachments-Paths-media-error").Filter(new() { HasText = "does not look like a .pdf" }).WaitForAsync();
    }

    // A real 48×32 checkerboard in the brand's navy and teal, so the library's screenshot shows an image.
    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAARklEQVR42mOQNovFihiKs7EiWqtnGHXQqINGHTTiHDRQFuNUP+qgUQeNOmjEOWi0pB510KiDRh002h4arTpGHTTqoBHuIADB8qQ9VIlC3QAAAABJRU5ErkJggg==");

    private async Task<string> StafferAsync()
    {
        var userName = $"comms-{Guid.NewGuid():N}"[..18];
        await browser.Cms.CreateUserAsync(userName, Password, "Communications");
        return userName;
    }

    // The front end is played by the hub's own health page, so the new tab loads something real on this host.
    private Task<bool> UsePreviewAddressAsync() => browser.Cms.InScopeAsync(async services =>
    {
        var address = new Uri(browser.Cms.ClientOptions.BaseAddress, "/health?id={id}&token={token}").ToString()
            .Replace("%7B", "{", StringComparison.Ordinal).Replace("%7D", "}", StringComparison.Ordinal);
        await services.GetRequiredService<ISiteSettings>().SetSectionAsync("Preview", new JsonObject { ["UrlTemplate"] = address });
        return true;
    });

    private async Task ReadsTheDraftAsync(string id, string token)
    {
        using var frontEnd = browser.Cms.CreateClient();
        frontEnd.DefaultRequestHeaders.Add(PreviewTokenClaims.Header, token);
        var draft = await frontEnd.GetAsync(new Uri($"/api/content/{id}?status=latest", UriKind.Relative));
        Assert.True(draft.IsSuccessStatusCode, $"the preview token should read the draft, got {(int)draft.StatusCode}");
        Assert.Equal("Makers in the Park", (await draft.ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        var other = await frontEnd.GetAsync(new Uri("/api/content/stemstlcampaign00000000001?status=latest", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, other.StatusCode);
    }
}
