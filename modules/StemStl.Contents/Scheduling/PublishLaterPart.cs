using StemStl.Cms.Definitions;

namespace StemStl.Contents.Scheduling;

/// <summary><c>{"ScheduledPublishUtc": "2026-05-01T14:00:00Z"}</c>: the engine publishes the latest version at that time.</summary>
internal sealed class PublishLaterPart : ContentPartKind
{
    public const string Property = "ScheduledPublishUtc";

    public override string Name => "PublishLaterPart";

    public override string DisplayName => "Publish later";

    public override string Description => "Publishes the item at a chosen time.";

    public override ValueTask ValidateAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        ScheduledInstant.Validate(context, Property);
        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentPartContext context, CancellationToken cancellationToken)
    {
        ScheduledInstant.Normalize(context, Property);
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentPartContext context) => ScheduledInstant.Index(context, Property);
}
