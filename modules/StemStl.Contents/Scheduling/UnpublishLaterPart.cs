using StemStl.Cms.Definitions;

namespace StemStl.Contents.Scheduling;

/// <summary><c>{"ScheduledUnpublishUtc": "2026-06-01T00:00:00Z"}</c>: the engine takes the published version down at that time.</summary>
internal sealed class UnpublishLaterPart : ContentPartKind
{
    public const string Property = "ScheduledUnpublishUtc";

    public override string Name => "UnpublishLaterPart";

    public override string DisplayName => "Unpublish later";

    public override string Description => "Takes the item down at a chosen time.";

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
