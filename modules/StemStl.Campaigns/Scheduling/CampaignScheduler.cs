using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.Cms.Handlers;

namespace StemStl.Campaigns.Scheduling;

/// <summary>
/// When a campaign that "schedules with its dates" is saved, fills the foundation's PublishLaterPart from its start and
/// UnpublishLaterPart from its end; the engine's scheduler then does the rest. Only times still ahead are set: a start
/// already past would otherwise make the scheduler publish every draft saved during the campaign, which an editor
/// did not ask for. A campaign that stops scheduling with its dates loses the times its dates set; times an editor set by hand stay.
/// </summary>
internal sealed class CampaignScheduler(TimeProvider clock) : IContentHandler
{
    public const string PublishPart = "PublishLaterPart";
    public const string PublishProperty = "ScheduledPublishUtc";
    public const string UnpublishPart = "UnpublishLaterPart";
    public const string UnpublishProperty = "ScheduledUnpublishUtc";

    public Task CreatingAsync(ContentContext context) => ScheduleAsync(context);

    public Task UpdatingAsync(ContentContext context) => ScheduleAsync(context);

    private Task ScheduleAsync(ContentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var item = context.Item;
        if (item.ContentType != CampaignModel.Type)
        {
            return Task.CompletedTask;
        }

        if (!CampaignModel.SchedulesWithDates(item))
        {
            Unschedule(context);
            return Task.CompletedTask;
        }

        var now = clock.GetUtcNow();
        var start = CampaignModel.Start(item);
        var end = CampaignModel.End(item);

        // A campaign already over is neither published nor taken down again by its old dates.
        var publishAt = start > now && (end is null || end > start) ? start : null;
        var unpublishAt = end > now ? end : null;
        if (context.Type.FindPart(PublishPart) is not null)
        {
            item.Part(PublishPart)[PublishProperty] = Format(publishAt);
        }

        if (context.Type.FindPart(UnpublishPart) is not null)
        {
            item.Part(UnpublishPart)[UnpublishProperty] = Format(unpublishAt);
        }

        return Task.CompletedTask;
    }

    // Unticking "schedule with its dates" takes back the times the dates put there; a time an editor typed stays.
    private static void Unschedule(ContentContext context)
    {
        if (context.Previous is not { } previous || !CampaignModel.SchedulesWithDates(previous))
        {
            return;
        }

        Clear(context.Item.TryGetPart(PublishPart), PublishProperty, CampaignModel.Start(previous));
        Clear(context.Item.TryGetPart(UnpublishPart), UnpublishProperty, CampaignModel.End(previous));
    }

    private static void Clear(JsonObject? part, string property, DateTimeOffset? setFromDate)
    {
        if (part is not null && setFromDate is { } date && ContentJson.Text(part, property) is { } text
            && IsoInstant.TryParse(text, out var scheduled) && scheduled == date)
        {
            part[property] = null;
        }
    }

    private static JsonValue? Format(DateTimeOffset? instant) => instant is { } value ? JsonValue.Create(IsoInstant.Format(value)) : null;
}
