using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Audit;

/// <summary>The audit trail, newest first, filtered by category, action, user, item and day; paged in SQL.</summary>
[Authorize(Policy = CmsPolicies.ViewAuditTrail)]
internal sealed class IndexModel(CmsDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Day { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEventRecord> Events { get; private set; } = [];

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Categories = await db.AuditEvents.Select(e => e.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Category))
        {
            events = events.Where(e => e.Category == Category);
        }

        if (!string.IsNullOrWhiteSpace(ActionName))
        {
            events = events.Where(e => e.Action == ActionName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            events = events.Where(e => e.UserName == UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Item))
        {
            events = events.Where(e => e.ContentItemId == Item.Trim());
        }

        if (Day is { } day)
        {
            var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var to = from.AddDays(1);
            events = events.Where(e => e.Utc >= from && e.Utc < to);
        }

        // One extra row tells whether there is a next page without counting the whole trail.
        var page = await events.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = page.Count > PageSize;
        Events = page.Take(PageSize).ToList();
    }

    public IDictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in new[] { ("category", Category), ("action", ActionName), ("user", UserName), ("item", Item), ("day", Day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                route[key] = value;
            }
        }

        return route;
    }
}
