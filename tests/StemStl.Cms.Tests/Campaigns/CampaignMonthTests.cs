using StemStl.Campaigns.Calendar;

namespace StemStl.Cms.Tests.Campaigns;

/// <summary>The calendar's month grid: whole weeks from Monday, and campaigns on the site's local days.</summary>
public sealed class CampaignMonthTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    private static CalendarCampaign Campaign(string name, DateTimeOffset start, DateTimeOffset end, bool draft = false) =>
        new(name.ToLowerInvariant(), name, start, end, draft, null);

    [Fact]
    public void AMonth_IsWholeWeeksFromMonday_WithDaysOutsideItMarked()
    {
        var month = CampaignMonth.Build(new DateOnly(2027, 4, 1), TimeZoneInfo.Utc, []);

        Assert.Equal("April 2027", month.Title);
        Assert.All(month.Weeks, w => Assert.Equal(7, w.Count));
        Assert.Equal(new DateOnly(2027, 3, 29), month.Weeks[0][0].Date);
        Assert.False(month.Weeks[0][0].InMonth);
        Assert.Equal(DayOfWeek.Monday, month.Weeks[0][0].Date.DayOfWeek);
        Assert.Equal(30, month.Weeks.SelectMany(w => w).Count(d => d.InMonth));
        Assert.Equal(new DateOnly(2027, 5, 2), month.Weeks[^1][^1].Date);
    }

    [Fact]
    public void ACampaign_ShowsOnEveryLocalDayItRuns_AndNotOnTheDayItEndsAtMidnight()
    {
        // Midnight to midnight in St. Louis, 12 to 19 April: seven local days.
        var week = Campaign("Week", new DateTimeOffset(2027, 4, 12, 5, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 4, 19, 5, 0, 0, TimeSpan.Zero));

        var month = CampaignMonth.Build(new DateOnly(2027, 4, 1), Chicago, [week]);

        var days = month.Weeks.SelectMany(w => w).Where(d => d.Campaigns.Count > 0).Select(d => d.Date.Day);
        Assert.Equal([12, 13, 14, 15, 16, 17, 18], days);
        Assert.Equal(["Week"], month.Campaigns.Select(c => c.Name));
    }

    [Fact]
    public void CampaignsOutsideTheMonth_AreLeftOut_AndOverlappingOnesAreListedBySoonestStart()
    {
        var march = Campaign("March only", new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 20, 12, 0, 0, TimeSpan.Zero));
        var spanning = Campaign("Spring", new DateTimeOffset(2027, 3, 25, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 4, 3, 12, 0, 0, TimeSpan.Zero));
        var late = Campaign("Late April", new DateTimeOffset(2027, 4, 28, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 5, 5, 12, 0, 0, TimeSpan.Zero), draft: true);

        var month = CampaignMonth.Build(new DateOnly(2027, 4, 1), TimeZoneInfo.Utc, [late, march, spanning]);

        Assert.Equal(["Spring", "Late April"], month.Campaigns.Select(c => c.Name));
        Assert.Empty(month.Weeks[0][0].Campaigns);
        Assert.True(month.Weeks.SelectMany(w => w).Single(d => d.Date == new DateOnly(2027, 4, 30)).Campaigns.Single().IsDraft);
    }

    [Theory]
    [InlineData("2027-04", 2027, 4)]
    [InlineData(" 1999-12 ", 1999, 12)]
    public void AMonthKey_Parses(string text, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), CampaignMonth.ParseKey(text));

    [Theory]
    [InlineData("2027-13")]
    [InlineData("April")]
    [InlineData("2027-04-01")]
    [InlineData(null)]
    public void ANonMonth_ParsesAsNothing(string? text) => Assert.Null(CampaignMonth.ParseKey(text));
}
