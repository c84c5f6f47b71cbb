using System.Globalization;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Value": "2026-05-01"}</c>: a calendar date without time or zone.</summary>
internal sealed class DateField : ContentFieldKind<DateFieldSettings>
{
    public const string Format = "yyyy-MM-dd";

    public override string Name => "DateField";

    public override string DisplayName => "Date";

    protected override ValueTask ValidateAsync(ContentFieldContext context, DateFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Value": "2026-05-01"}""", out var value) || !FieldJson.TryString(context, value, "Value", out var text))
        {
            return ValueTask.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            if (settings.Required)
            {
                context.Fail("a date is required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (!TryParse(text, out var date))
        {
            context.Fail($"'{text}' is not a date; write it as {Format}, e.g. 2026-05-01.", "format");
        }
        else if (date < settings.Minimum || date > settings.Maximum)
        {
            context.Fail($"{text} is outside the allowed range {Show(settings.Minimum)} to {Show(settings.Maximum)}.", "range");
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        ContentJson.Text(context.RawValue as JsonObject, "Value") is { } text && TryParse(text, out var date)
            ? [FieldIndexValue.ForDate(context.Path, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))]
            : [];

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Show(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture) ?? "any";
}
