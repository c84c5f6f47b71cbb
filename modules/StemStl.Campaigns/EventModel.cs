using StemStl.Cms.Content;

namespace StemStl.Campaigns;

/// <summary>The names the module's recipe gives the Event type, which campaigns link to, and typed reads of its dates.</summary>
internal static class EventModel
{
    public const string Type = "Event";
    public const string Part = "Event";
    public const string EndPath = "Event.End";

    /// <summary>The event's start, or null when it is missing or not a date and time (the field reports that).</summary>
    public static DateTimeOffset? Start(ContentItem item) => CampaignModel.Instant(item, Part, "Start");

    /// <summary>The event's end, or null when it is missing or not a date and time.</summary>
    public static DateTimeOffset? End(ContentItem item) => CampaignModel.Instant(item, Part, "End");
}
