using System.Net;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Campaigns.CampaignHost;

namespace StemStl.Cms.IntegrationTests.Campaigns;

/// <summary>The admin's month calendar of campaigns, as server-rendered HTML, and who may open it.</summary>
public sealed class CampaignCalendarPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task TheAdmin_SeesTheMonthGrid_WithTheDraftCampaignOnEachOfItsDays_LinkingToItsEditor()
    {
        using var admin = await factory.BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var response = await admin.GetAsync("/admin/campaigns/calendar?month=2027-04", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Campaign calendar</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"month-title\">April 2027</h2>", html, StringComparison.Ordinal);
        Assert.Contains("aria-labelledby=\"month-title\"", html, StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"Monday\">Mon</abbr>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/campaigns/calendar?month=2027-03\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/campaigns/calendar?month=2027-05\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"month\">Month</label>", html, StringComparison.Ordinal);
        Assert.Equal(30, Count(html, "<td data-day=\"2027-04-"));

        // The seeded week runs from midnight 12 April to midnight 19 April in St. Louis: seven cells, none either side.
        Assert.Equal(7 + 1, Count(html, $"href=\"/admin/content/{CelebrationWeek}\""));
        Assert.Contains($"<td data-day=\"2027-04-12\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain(CelebrationWeek, Cell(html, "2027-04-11"), StringComparison.Ordinal);
        Assert.Contains(CelebrationWeek, Cell(html, "2027-04-12"), StringComparison.Ordinal);
        Assert.Contains(CelebrationWeek, Cell(html, "2027-04-18"), StringComparison.Ordinal);
        Assert.DoesNotContain(CelebrationWeek, Cell(html, "2027-04-19"), StringComparison.Ordinal);
        Assert.Contains("badge-draft", Cell(html, "2027-04-15"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublishedCampaign_IsShownWithoutADraftMark_AndOtherMonthsDoNotShowIt()
    {
        var id = await factory.CreateCampaignAsync("Autumn robotics", "2027-10-04T12:00:00Z", "2027-10-06T12:00:00Z");
        using var admin = await factory.BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var october = await admin.GetStringAsync("/admin/campaigns/calendar?month=2027-10", Ct);
        var november = await admin.GetStringAsync("/admin/campaigns/calendar?month=2027-11", Ct);

        Assert.Contains(id, Cell(october, "2027-10-05"), StringComparison.Ordinal);
        Assert.DoesNotContain("badge-draft", Cell(october, "2027-10-05"), StringComparison.Ordinal);
        Assert.DoesNotContain(id, november, StringComparison.Ordinal);
        Assert.Contains("No campaign runs this month.", november, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommunicationsStaff_MayOpenIt_AndTheMenuOffersIt()
    {
        using var staff = await factory.BrowserAsync(await factory.CreateAccountAsync("Communications"));

        var page = await staff.GetAsync("/admin/campaigns/calendar", Ct);
        var dashboard = await staff.GetStringAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/admin/campaigns/calendar\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminUserWithoutThePermission_IsDenied_AndHasNoMenuEntry()
    {
        using var contributor = await factory.BrowserAsync(await factory.CreateAccountAsync("Contributor"));

        var page = await contributor.GetAsync("/admin/campaigns/calendar?month=2027-04", Ct);
        var dashboard = await contributor.GetStringAsync("/admin", Ct);

        Assert.StartsWith("/admin/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/campaigns/calendar\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousVisitor_IsSentToSignIn_AndSeesNoCampaign()
    {
        using var anonymous = factory.Browser();

        var response = await anonymous.GetAsync("/admin/campaigns/calendar?month=2027-04", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("STEM Celebration Week", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMonthThatIsNotAMonth_IsNamedInAnAlert_AndTheCurrentMonthIsShown()
    {
        using var admin = await factory.BrowserAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var response = await admin.GetAsync("/admin/campaigns/calendar?month=2027-13", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\">&#x27;2027-13&#x27; is not a month", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"month-title\">", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // The markup of one day's cell, up to the next cell.
    private static string Cell(string html, string day)
    {
        var start = html.IndexOf($"<td data-day=\"{day}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no cell for {day}");
        var end = html.IndexOf("</td>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
