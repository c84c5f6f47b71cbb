using System.Text.Json.Nodes;
using Microsoft.Playwright;
using StemStl.Cms.IntegrationTests.Workgroups;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Browser;

/// <summary>
/// A workgroup member's journey: order their workgroup's pages by keyboard and by dragging, edit a page, be refused
/// another workgroup's page, submit for review; then the chair finds it awaiting review and publishes it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class WorkgroupJourneyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Id(JsonObject item) => item["ContentItemId"]!.GetValue<string>();

    [Fact]
    public async Task AMember_OrdersEditsAndSubmitsTheirPage_AndTheChairPublishesIt()
    {
        var cms = browser.Cms;
        var about = Id(await cms.CreatePageAsync(Communications, "About the portals", order: 1));
        await cms.CreatePageAsync(Communications, "Brand guide", order: 2);
        await cms.CreatePageAsync(Communications, "Content calendar", order: 3);
        var elsewhere = Id(await cms.CreatePageAsync(Gaps, "Gap analysis", order: 1));
        var (memberId, memberName) = await cms.CreateAccountAsync("Mae Member", "WorkgroupMember");
        var (chairId, chairName) = await cms.CreateAccountAsync("Chet Chair", "WorkgroupChair");
        await cms.AddMemberAsync(Communications, memberId, "member");
        await cms.AddMemberAsync(Communications, chairId, "chair");

        var member = await browser.NewPageAsync();
        await member.SignInAsync(memberName, Password);
        await member.GetByRole(AriaRole.Link, new() { Name = "All pages, in order" }).ClickAsync();
        await member.WaitForPageAsync($"**/admin/workgroups/{Communications}/pages");

        // By keyboard: the moved row keeps focus, so the page can move again at once.
        var moveUp = member.GetByRole(AriaRole.Button, new() { Name = "Move up: Content calendar" });
        await moveUp.FocusAsync();
        await member.Keyboard.PressAsync("Enter");
        await member.GetByRole(AriaRole.Status).Filter(new() { HasText = "Content calendar is now at position 2" }).WaitForAsync();
        Assert.Equal("Move up: Content calendar", await member.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        Assert.Equal(["About the portals", "Content calendar", "Brand guide"], await TitlesAsync(member));

        // By dragging: Brand guide goes back above Content calendar.
        await member.Locator("li[data-title='Brand guide']").DragToAsync(member.Locator("li[data-title='Content calendar']"), new() { TargetPosition = new() { X = 40, Y = 4 } });
        await member.GetByRole(AriaRole.Status).Filter(new() { HasText = "Brand guide is now at position 2" }).WaitForAsync();
        Assert.Equal(["About the portals", "Brand guide", "Content calendar"], await TitlesAsync(member));
        await member.ReloadAsync();
        Assert.Equal(["About the portals", "Brand guide", "Content calendar"], await TitlesAsync(member));
        Assert.Empty(await member.SeriousAccessibilityViolationsAsync());
        await member.ScreenshotAsync("workgroup-pages");

        // Another workgroup's page is not theirs to open.
        var refused = await member.GotoAsync($"/admin/content/{elsewhere}");
        Assert.Equal(404, refused!.Status);

        await member.GotoAsync($"/admin/content/{about}");
        Assert.Equal(0, await member.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).CountAsync());
        await member.GetByLabel("Title (required)").FillAsync("About the two portals");
        await member.GetByLabel("Note for the reviewer (optional)").FillAsync("New title agreed at the last meeting.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await member.GetByRole(AriaRole.Status).Filter(new() { HasText = "submitted for review" }).WaitForAsync();
        await member.GotoAsync("/admin");
        await member.GetByRole(AriaRole.Heading, new() { Name = "My review requests" }).WaitForAsync();

        var chair = await browser.NewPageAsync();
        await chair.SignInAsync(chairName, Password);
        var awaiting = chair.GetByRole(AriaRole.Region, new() { Name = "Awaiting your review" });
        await awaiting.GetByText("New title agreed at the last meeting.").WaitForAsync();
        Assert.Empty(await chair.SeriousAccessibilityViolationsAsync());
        await chair.ScreenshotAsync("dashboard");
        await awaiting.GetByRole(AriaRole.Link, new() { Name = "About the two portals" }).ClickAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();

        await chair.GetByRole(AriaRole.Status).Filter(new() { HasText = "Approved and published." }).WaitForAsync();
        Assert.Equal("Published", await chair.Locator(".meta .badge").First.TextContentAsync());
    }

    private static async Task<string[]> TitlesAsync(IPage page) =>
        [.. await page.Locator("li[data-page-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.title)")];
}
