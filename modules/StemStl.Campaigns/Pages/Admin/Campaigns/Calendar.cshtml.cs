using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Campaigns.Active;
using StemStl.Campaigns.Calendar;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;

namespace StemStl.Campaigns.Pages.Admin.Campaigns;

/// <summary>A month of campaigns for communications staff: every campaign's latest version, drafts marked, each linking to its editor.</summary>
internal sealed class CalendarModel(
    IContentAuthorizationService authorization,
    CampaignCatalog catalog,
    IContentManager content,
    ISiteSettings settings,
    TimeProvider clock) : PageModel
{
    public CampaignMonth Month { get; private set; } = null!;

    /// <summary>Why the month asked for was not shown, when it was not.</summary>
    public string? MonthProblem { get; private set; }

    /// <summary>The site's time zone, whose days the grid shows.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(string? month, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, CampaignPermissions.ViewCampaignCalendar, cancellationToken))
        {
            return Forbid();
        }

        var zone = await ZoneAsync(cancellationToken);
        Zone = zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var shown = today;
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (CampaignMonth.ParseKey(month) is { } asked)
            {
                shown = asked;
            }
            else
            {
                MonthProblem = $"'{month}' is not a month; write it like 2027-04. Showing the current month instead.";
            }
        }

        Month = CampaignMonth.Build(shown, zone, await CampaignsAsync(cancellationToken));
        return Page();
    }

    private async Task<IReadOnlyList<CalendarCampaign>> CampaignsAsync(CancellationToken cancellationToken)
    {
        var entries = await catalog.AllAsync(cancellationToken);
        var items = await content.GetManyAsync(entries.Select(e => e.ContentItemId), VersionOptions.Latest, cancellationToken);
        return [.. items
            .Where(i => CampaignModel.Start(i) is not null && CampaignModel.End(i) is not null)
            .Select(i => new CalendarCampaign(i.ContentItemId, i.DisplayText, CampaignModel.Start(i)!.Value, CampaignModel.End(i)!.Value, !i.Published, CampaignModel.Status(i)))];
    }

    // Staff plan in the site's own days; a missing or unknown zone falls back to UTC rather than failing the page.
    private async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken)
    {
        var site = await settings.GetSectionAsync("Site", cancellationToken);
        return ContentJson.Text(site, "TimeZone") is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
