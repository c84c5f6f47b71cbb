using System.Text.Json.Nodes;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Hosting;

/// <summary>Whether first-run setup has completed, kept as the site settings section <c>Setup</c>.</summary>
internal static class SetupState
{
    public const string Section = "Setup";

    public static async Task<bool> IsCompletedAsync(ISiteSettings settings, CancellationToken cancellationToken)
    {
        var section = await settings.GetSectionAsync(Section, cancellationToken);
        return section?["Completed"] is JsonValue value && value.TryGetValue<bool>(out var completed) && completed;
    }

    public static Task MarkCompletedAsync(ISiteSettings settings, string recipe, DateTime utc, CancellationToken cancellationToken) =>
        settings.SetSectionAsync(Section, new JsonObject
        {
            ["Completed"] = true,
            ["CompletedUtc"] = utc,
            ["Recipe"] = recipe,
        }, merge: false, cancellationToken);
}
