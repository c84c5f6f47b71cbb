using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Content.Scheduling;

namespace StemStl.Cms.Tests.Campaigns;

/// <summary>
/// A campaign that schedules with its dates goes live at its start and comes down at its end, through the engine's
/// scheduler; the tests move the clock and run the scheduler's passes themselves.
/// </summary>
public sealed class CampaignSchedulingTests(CampaignSite site) : IClassFixture<CampaignSite>
{
    private Task<int> RunSchedulerAsync() => site.Services.GetRequiredService<ScheduledPublishingService>().RunDueAsync(TestContext.Current.CancellationToken);

    private Task<ContentItem?> PublishedAsync(string id) => site.WithContentAsync(content => content.GetAsync(id, VersionOptions.Published));

    private async Task<string> CreateDraftAsync(ContentItem campaign)
    {
        var result = await site.WithContentAsync(content => content.CreateAsync(campaign, draft: true));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Item!.ContentItemId;
    }

    [Fact]
    public async Task ACampaignScheduledWithItsDates_IsHiddenBeforeItsStart_LiveFromItsStart_AndDownAfterItsEnd()
    {
        var start = site.Clock.Now.AddDays(3);
        var end = start.AddDays(7);
        var id = await CreateDraftAsync(CampaignSite.Campaign("Robotics month", start, end, scheduleWithDates: true));

        site.Clock.Now = start.AddMinutes(-1);
        await RunSchedulerAsync();
        var beforeStart = await PublishedAsync(id);

        site.Clock.Now = start.AddSeconds(1);
        await RunSchedulerAsync();
        var afterStart = await PublishedAsync(id);

        site.Clock.Now = end.AddMinutes(-1);
        await RunSchedulerAsync();
        var beforeEnd = await PublishedAsync(id);

        site.Clock.Now = end.AddSeconds(1);
        await RunSchedulerAsync();
        var afterEnd = await PublishedAsync(id);
        var latest = await site.WithContentAsync(content => content.GetAsync(id, VersionOptions.Latest));

        Assert.Null(beforeStart);
        Assert.NotNull(afterStart);
        Assert.NotNull(beforeEnd);
        Assert.Null(afterEnd);
        Assert.NotNull(latest);
        Assert.False(latest.Published);
    }

    [Fact]
    public async Task SavingIt_FillsThePublishAndUnpublishPartsFromItsDates()
    {
        var start = site.Clock.Now.AddDays(20);
        var end = start.AddDays(2);

        var id = await CreateDraftAsync(CampaignSite.Campaign("Open labs", start, end, scheduleWithDates: true));
        var saved = await site.WithContentAsync(content => content.GetAsync(id, VersionOptions.Latest));

        Assert.Equal(start.UtcDateTime, DateTime.Parse(saved!.Content["PublishLaterPart"]!["ScheduledPublishUtc"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        Assert.Equal(end.UtcDateTime, DateTime.Parse(saved.Content["UnpublishLaterPart"]!["ScheduledUnpublishUtc"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    [Fact]
    public async Task MovingTheDates_MovesTheSchedule()
    {
        var start = site.Clock.Now.AddDays(40);
        var id = await CreateDraftAsync(CampaignSite.Campaign("Moved", start, start.AddDays(5), scheduleWithDates: true));
        var edit = (await site.WithContentAsync(content => content.GetAsync(id, VersionOptions.Latest)))!;
        var later = start.AddDays(10);
        edit.Content["Campaign"]!["Start"]!["Value"] = later.UtcDateTime.ToString("O");
        edit.Content["Campaign"]!["End"]!["Value"] = later.AddDays(5).UtcDateTime.ToString("O");

        var updated = await site.WithContentAsync(content => content.UpdateAsync(edit, draft: true));
        site.Clock.Now = start.AddHours(1);
        await RunSchedulerAsync();

        Assert.True(updated.Succeeded);
        Assert.Null(await PublishedAsync(id));
        site.Clock.Now = later.AddHours(1);
        await RunSchedulerAsync();
        Assert.NotNull(await PublishedAsync(id));
    }

    [Fact]
    public async Task ACampaignNotScheduledWithItsDates_IsLeftForEditorsToPublish()
    {
        var start = site.Clock.Now.AddDays(2);
        var id = await CreateDraftAsync(CampaignSite.Campaign("By hand", start, start.AddDays(3), scheduleWithDates: false));

        site.Clock.Now = start.AddDays(1);
        await RunSchedulerAsync();

        Assert.Null(await PublishedAsync(id));
    }

    [Fact]
    public async Task AScheduledCampaignWithoutACallToAction_StaysADraftAtItsStart()
    {
        var start = site.Clock.Now.AddDays(2);
        var campaign = CampaignSite.Campaign("No button", start, start.AddDays(3), scheduleWithDates: true);
        campaign.Content["Campaign"]!["CallToAction"] = new System.Text.Json.Nodes.JsonObject();
        var id = await CreateDraftAsync(campaign);

        site.Clock.Now = start.AddMinutes(5);
        await RunSchedulerAsync();

        Assert.Null(await PublishedAsync(id));
    }

    [Fact]
    public async Task UntickingScheduleWithDates_TakesBackTheScheduleItsDatesSet()
    {
        var start = site.Clock.Now.AddDays(60);
        var id = await CreateDraftAsync(CampaignSite.Campaign("Changed mind", start, start.AddDays(2), scheduleWithDates: true));
        var edit = (await site.WithContentAsync(content => content.GetAsync(id, VersionOptions.Latest)))!;
        edit.Content["Campaign"]!["ScheduleWithDates"]!["Value"] = false;

        var updated = await site.WithContentAsync(content => content.UpdateAsync(edit, draft: true));
        site.Clock.Now = start.AddHours(1);
        await RunSchedulerAsync();

        Assert.True(updated.Succeeded);
        Assert.Null(updated.Item!.Content["PublishLaterPart"]!["ScheduledPublishUtc"]);
        Assert.Null(updated.Item.Content["UnpublishLaterPart"]!["ScheduledUnpublishUtc"]);
        Assert.Null(await PublishedAsync(id));
    }
}
