using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Audit;
using StemStl.Cms.Security;
using StemStl.Pathways.Admin;
using StemStl.Pathways.Wages;

namespace StemStl.Pathways.Pages.Admin.Pathways;

/// <summary>Shows and sets the living-wage threshold; the change is audited.</summary>
internal sealed class LivingWageModel(LivingWage livingWage, IContentAuthorizationService authorization, IAuditTrail audit) : PageModel
{
    /// <summary>The largest threshold accepted: far above any wage, low enough to catch a mistyped extra digit or two.</summary>
    public const double MaxThreshold = 1_000_000;

    [BindProperty]
    [Display(Name = "Annual living wage (dollars)")]
    public string? Threshold { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public double? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(cancellationToken))
        {
            return Forbid();
        }

        Current = await livingWage.GetThresholdAsync(cancellationToken);
        Threshold = Current?.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(cancellationToken))
        {
            return Forbid();
        }

        var text = Threshold?.Trim().Replace(",", "", StringComparison.Ordinal).TrimStart('$');
        double? value = null;
        if (!string.IsNullOrEmpty(text))
        {
            if (!double.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) || parsed < 0 || parsed > MaxThreshold)
            {
                ModelState.AddModelError(nameof(Threshold), $"'{Threshold}' is not a wage: type whole dollars a year from 0 to {MaxThreshold.ToString("N0", CultureInfo.InvariantCulture)}, e.g. 52000.");
                Current = await livingWage.GetThresholdAsync(cancellationToken);
                return Page();
            }

            value = parsed;
        }

        var before = await livingWage.GetThresholdAsync(cancellationToken);

        // Recorded first: the trail saves its event with the next write, which is the setting's own.
        audit.Record(new AuditEvent("Pathways", "LivingWageChanged", Details: new JsonObject { ["from"] = before, ["to"] = value }));
        await livingWage.SetThresholdAsync(value, cancellationToken);
        Notice = value is { } v
            ? $"The living wage is now {Dollars(v)} a year."
            : "The living wage is cleared; occupations show no answer until it is set again.";
        return RedirectToPage();
    }

    /// <summary>"$52,000": the site runs with invariant globalization, so no culture's currency format is at hand.</summary>
    public static string Dollars(double value) => "$" + value.ToString("N0", CultureInfo.InvariantCulture);

    private async Task<bool> MayManageAsync(CancellationToken cancellationToken) =>
        User.Identity?.IsAuthenticated == true && await authorization.AuthorizeAsync(User, PathwayPermissions.ManagePathwaySettings, cancellationToken);
}
