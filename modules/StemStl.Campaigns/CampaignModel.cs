using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;

namespace StemStl.Campaigns;

/// <summary>The names the module's recipe gives the Campaign type and its fields, and typed reads of them.</summary>
internal static class CampaignModel
{
    public const string Type = "Campaign";
    public const string Part = "Campaign";
    public const string StartPath = "Campaign.Start";
    public const string EndPath = "Campaign.End";
    public const string CallToActionPath = "Campaign.CallToAction";

    /// <summary>The campaign's start, or null when it is missing or not a date and time (the field reports that).</summary>
    public static DateTimeOffset? Start(ContentItem item) => Instant(item, Part, "Start");

    /// <summary>The campaign's end, or null when it is missing or not a date and time.</summary>
    public static DateTimeOffset? End(ContentItem item) => Instant(item, Part, "End");

    /// <summary>Whether saving the campaign should schedule its publishing from its dates.</summary>
    public static bool SchedulesWithDates(ContentItem item) =>
        ContentJson.Kind(Field(item, "ScheduleWithDates")?["Value"]) is System.Text.Json.JsonValueKind.True;

    /// <summary>The call to action's text and URL, each trimmed, empty when missing.</summary>
    public static (string Text, string Url) CallToAction(ContentItem item)
    {
        var link = Field(item, "CallToAction");
        return ((ContentJson.Text(link, "Text") ?? "").Trim(), (ContentJson.Text(link, "Url") ?? "").Trim());
    }

    /// <summary>The status an editor gave the campaign (Planning, Scheduled, Live, Ended), or null.</summary>
    public static string? Status(ContentItem item) => ContentJson.Text(Field(item, "Status"), "Text");

    /// <summary>Whether the campaign runs at <paramref name="at"/>: from its start (inclusive) to its end (exclusive).</summary>
    public static bool RunsAt(ContentItem item, DateTimeOffset at) =>
        Start(item) is { } start && End(item) is { } end && start <= at && at < end;

    /// <summary>A date and time field of <paramref name="part"/>, or null when it is missing or not a date and time.</summary>
    public static DateTimeOffset? Instant(ContentItem item, string part, string name) =>
        ContentJson.Text(item.TryGetPart(part)?[name] as JsonObject, "Value") is { } text && IsoInstant.TryParse(text, out var instant, allowDate: true) ? instant : null;

    private static JsonObject? Field(ContentItem item, string name) => item.TryGetPart(Part)?[name] as JsonObject;
}
