using System.Globalization;
using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Value": 42.5}</c>.</summary>
internal sealed class NumericField : ContentFieldKind<NumericFieldSettings>
{
    public override string Name => "NumericField";

    public override string DisplayName => "Number";

    protected override ValueTask ValidateAsync(ContentFieldContext context, NumericFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Value": 42}""", out var value) || !FieldJson.TryNumber(context, value, "Value", out var number))
        {
            return ValueTask.CompletedTask;
        }

        if (number is not { } n)
        {
            if (settings.Required)
            {
                context.Fail("a number is required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (n < settings.Minimum || n > settings.Maximum)
        {
            context.Fail($"{Show(n)} is outside the allowed range {Show(settings.Minimum)} to {Show(settings.Maximum)}.", "range");
        }

        if (settings.Scale is { } scale && !HasAtMostDecimals(n, scale))
        {
            context.Fail(
                scale == 0 ? $"{Show(n)} must be a whole number." : $"{Show(n)} has more than {scale} decimal places.",
                "scale");
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context) =>
        ContentJson.Number(context.RawValue as JsonObject, "Value") is { } number
            ? [FieldIndexValue.ForNumber(context.Path, number)]
            : [];

    private static bool HasAtMostDecimals(double value, int scale)
    {
        // Compare in decimal: in binary floating point 0.1 + 0.2 already has a long tail of digits.
        if (Math.Abs(value) >= 7.9e27)
        {
            return true;
        }

        var exact = (decimal)value;
        return Math.Round(exact, scale) == exact;
    }

    private static string Show(double? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "any";
}
