using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary>
/// <c>{"Value": "2026-05-01T14:30:00Z"}</c>. Any ISO-8601 offset is accepted and stored converted to UTC;
/// a value without an offset is read as UTC, as Orchard recipes write them.
/// </summary>
internal sealed class DateTimeField : ContentFieldKind<DateTimeFieldSettings>
{
    public override string Name => "DateTimeField";

    public override string DisplayName => "Date and time";

    protected override ValueTask ValidateAsync(ContentFieldContext context, DateTimeFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Value": "2026-05-01T14:30:00Z"}""", out var value) || !FieldJson.TryString(context, value, "Value", out var text))
        {
            return ValueTask.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (settings.Required)
            {
                context.Fail("a date and time is required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (!IsoInstant.TryParse(text, out var instant, allowDate: true))
        {
            context.Fail($"'{text}' is not an ISO-8601 date and time; write it like 2026-05-01T14:30:00Z.", "format");
        }
        else if (instant < settings.MinimumInstant || instant > settings.MaximumInstant)
        {
            context.Fail($"{IsoInstant.Format(instant)} is outside the allowed range {Show(settings.MinimumInstant)} to {Show(settings.MaximumInstant)}.", "range");
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask NormalizeAsync(ContentFieldContext context, CancellationToken cancellationToken)
    {
        if (context.RawValue is JsonObject value && ContentJson.Text(value, "Value") is { } text && IsoInstant.TryParse(text, out var instant, allowDate: true))
        {
            value["Value"] = IsoInstant.Format(instant);
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        ContentJson.Text(context.RawValue as JsonObject, "Value") is { } text && IsoInstant.TryParse(text, out var instant, allowDate: true)
            ? [FieldIndexValue.ForDate(context.Path, instant.UtcDateTime)]
            : [];

    private static string Show(DateTimeOffset? instant) => instant is { } i ? IsoInstant.Format(i) : "any";
}
