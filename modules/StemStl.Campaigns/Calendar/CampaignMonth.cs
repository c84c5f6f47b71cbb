using System.Globalization;

namespace StemStl.Campaigns.Calendar;

/// <summary>A campaign as the calendar shows it: its window and whether its latest version is a draft.</summary>
internal sealed record CalendarCampaign(string ContentItemId, string Name, DateTimeOffset Start, DateTimeOffset End, bool IsDraft, string? Status);

/// <summary>One day of the grid, with the campaigns running on any part of it (in the site's time zone).</summary>
internal sealed record CalendarDay(DateOnly Date, bool InMonth, IReadOnlyList<CalendarCampaign> Campaigns);

/// <summary>
/// A month as a grid of whole weeks, Monday first, and the campaigns overlapping it. Days are the site's local days, so
/// a campaign starting at midnight in St. Louis does not spill onto the previous day as it would in UTC.
/// </summary>
internal sealed class CampaignMonth
{
    private CampaignMonth(DateOnly first, IReadOnlyList<IReadOnlyList<CalendarDay>> weeks, IReadOnlyList<CalendarCampaign> campaigns)
    {
        First = first;
        Weeks = weeks;
        Campaigns = campaigns;
    }

    /// <summary>The first day of the month.</summary>
    public DateOnly First { get; }

    public IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks { get; }

    /// <summary>The campaigns running on any day of the month, soonest start first.</summary>
    public IReadOnlyList<CalendarCampaign> Campaigns { get; }

    public string Title => First.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month as the <c>month</c> query parameter writes it.</summary>
    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Reads <c>2027-04</c>; null when it is not a month.</summary>
    public static DateOnly? ParseKey(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static CampaignMonth Build(DateOnly month, TimeZoneInfo zone, IEnumerable<CalendarCampaign> campaigns)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var gridStart = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var gridEnd = last.AddDays(6 - (((int)last.DayOfWeek + 6) % 7));
        var inMonth = campaigns.Where(c => Overlaps(c, first, last, zone)).OrderBy(c => c.Start).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();

        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var weekStart = gridStart; weekStart <= gridEnd; weekStart = weekStart.AddDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i =>
            {
                var day = weekStart.AddDays(i);
                var within = day >= first && day <= last;
                return new CalendarDay(day, within, within ? [.. inMonth.Where(c => Overlaps(c, day, day, zone))] : []);
            })]);
        }

        return new CampaignMonth(first, weeks, inMonth);
    }

    // A campaign covers a local day when its window [start, end) meets that day's [midnight, next midnight).
    private static bool Overlaps(CalendarCampaign campaign, DateOnly from, DateOnly to, TimeZoneInfo zone) =>
        campaign.Start < Midnight(to.AddDays(1), zone) && campaign.End > Midnight(from, zone);

    private static DateTimeOffset Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
