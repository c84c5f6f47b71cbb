using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.Cms.Settings;

namespace StemStl.Pathways.Wages;

/// <summary>
/// The living-wage threshold, an annual wage in dollars kept in the site settings section <see cref="Section"/> as
/// <c>{"LivingWage": 52000}</c>: the recipe's <c>Settings</c> step sets it and administrators change it. Read once per
/// request (scoped), however many occupations a query lists.
/// </summary>
internal sealed class LivingWage(ISiteSettings settings)
{
    public const string Section = "Pathways";
    public const string ThresholdProperty = "LivingWage";

    private Task<double?>? _threshold;

    /// <summary>The threshold, or null when none is set (or the stored value is not a non-negative number).</summary>
    public Task<double?> GetThresholdAsync(CancellationToken cancellationToken) => _threshold ??= ReadAsync(cancellationToken);

    /// <summary>Whether a median wage clears the threshold; null when either is unknown, so no one reads a guess as a fact.</summary>
    public async Task<bool?> ClearsAsync(double? medianWage, CancellationToken cancellationToken) =>
        medianWage is { } wage && await GetThresholdAsync(cancellationToken) is { } threshold ? wage >= threshold : null;

    /// <summary>Stores a new threshold, or removes it with null; the caller has checked the value.</summary>
    public async Task SetThresholdAsync(double? threshold, CancellationToken cancellationToken)
    {
        await settings.SetSectionAsync(Section, new JsonObject { [ThresholdProperty] = threshold }, merge: true, cancellationToken);
        _threshold = Task.FromResult(threshold);
    }

    private async Task<double?> ReadAsync(CancellationToken cancellationToken) =>
        ContentJson.Number(await settings.GetSectionAsync(Section, cancellationToken), ThresholdProperty) is { } value && value >= 0 && double.IsFinite(value)
            ? value
            : null;
}
