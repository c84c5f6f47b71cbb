using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Modules;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Features;

/// <summary>Every feature by category, switched on and off at run time; refusals name the feature that needs it.</summary>
[Authorize(Policy = CmsPolicies.ManageFeatures)]
internal sealed class IndexModel(IFeatureManager features) : PageModel
{
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public IReadOnlyList<IGrouping<string, FeatureInfo>> Categories { get; private set; } = [];

    public void OnGet() => Load();

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, enable: true, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, enable: false, cancellationToken);

    public bool IsEnabled(string id) => features.IsEnabled(id);

    public string NameOf(string id) => features.AvailableFeatures.FirstOrDefault(f => f.Id == id)?.Feature.Name ?? id;

    /// <summary>The enabled features that need <paramref name="id"/>, which keep it from being switched off.</summary>
    public IEnumerable<string> EnabledDependents(string id) => features.AvailableFeatures
        .Where(f => f.Feature.Dependencies.Contains(id, StringComparer.Ordinal) && features.IsEnabled(f.Id))
        .Select(f => f.Feature.Name);

    private async Task<IActionResult> ChangeAsync(string id, bool enable, CancellationToken cancellationToken)
    {
        if (features.AvailableFeatures.All(f => f.Id != id))
        {
            return NotFound();
        }

        var result = enable ? await features.EnableAsync([id], cancellationToken) : await features.DisableAsync([id], cancellationToken);
        if (result.Succeeded)
        {
            Notice = result.Changed.Count == 0
                ? $"{NameOf(id)} was already {(enable ? "on" : "off")}."
                : $"{(enable ? "Enabled" : "Disabled")}: {string.Join(", ", result.Changed.Select(NameOf))}.";
        }
        else
        {
            Problem = string.Join(" ", result.Errors);
        }

        return RedirectToPage();
    }

    private void Load() => Categories =
    [
        .. features.AvailableFeatures
            .GroupBy(f => f.Module.Category, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase),
    ];
}
