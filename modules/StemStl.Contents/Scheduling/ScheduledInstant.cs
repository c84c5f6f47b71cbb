using StemStl.Cms.Definitions;

namespace StemStl.Contents.Scheduling;

/// <summary>
/// The one property of the scheduling parts: an ISO-8601 instant, stored in UTC, indexed as a date at
/// <c>Part.Property</c>. The engine's scheduler reads exactly those index paths.
/// </summary>
internal static class ScheduledInstant
{
    public static void Validate(ContentPartContext context, string property)
    {
        if (PartJson.TryString(context, context.Part, property, out var text)
            && !string.IsNullOrWhiteSpace(text)
            && !IsoInstant.TryParse(text, out _))
        {
            context.Fail($"'{text}' is not an ISO-8601 date and time; write it like 2026-05-01T14:30:00Z.", "format", property);
        }
    }

    public static void Normalize(ContentPartContext context, string property)
    {
        var text = ContentJson.Text(context.Part, property);
        if (string.IsNullOrWhiteSpace(text))
        {
            // An empty string means "not scheduled"; store it as null so readers need one check.
            context.Part[property] = null;
        }
        else if (IsoInstant.TryParse(text, out var instant))
        {
            context.Part[property] = IsoInstant.Format(instant);
        }
    }

    public static IEnumerable<FieldIndexValue> Index(ContentPartContext context, string property) =>
        ContentJson.Text(context.Part, property) is { } text && IsoInstant.TryParse(text, out var instant)
            ? [FieldIndexValue.ForDate($"{context.Path}.{property}", instant.UtcDateTime)]
            : [];
}
