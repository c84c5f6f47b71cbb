using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.ContentFields.Settings;

namespace StemStl.ContentFields.Fields;

/// <summary><c>{"Latitude": 38.63, "Longitude": -90.2}</c> in decimal degrees (WGS 84).</summary>
internal sealed class GeoPointField : ContentFieldKind<GeoPointFieldSettings>
{
    public override string Name => "GeoPointField";

    public override string DisplayName => "Geographic point";

    protected override ValueTask ValidateAsync(ContentFieldContext context, GeoPointFieldSettings settings, CancellationToken cancellationToken)
    {
        if (!FieldJson.TryObject(context, """{"Latitude": 38.63, "Longitude": -90.2}""", out var value)
            | !FieldJson.TryNumber(context, value, "Latitude", out var latitude)
            | !FieldJson.TryNumber(context, value, "Longitude", out var longitude))
        {
            return ValueTask.CompletedTask;
        }

        if (latitude is null && longitude is null)
        {
            if (settings.Required)
            {
                context.Fail("a latitude and a longitude are required.", FieldJson.RequiredCode);
            }

            return ValueTask.CompletedTask;
        }

        if (latitude is null || longitude is null)
        {
            context.Fail($"'{(latitude is null ? "Latitude" : "Longitude")}' is missing; a point needs both a latitude and a longitude.", FieldJson.RequiredCode);
        }

        if (latitude is < -90 or > 90)
        {
            context.Fail($"Latitude {latitude} is outside -90 to 90 degrees.", "range");
        }

        if (longitude is < -180 or > 180)
        {
            context.Fail($"Longitude {longitude} is outside -180 to 180 degrees.", "range");
        }

        return ValueTask.CompletedTask;
    }

    public override IEnumerable<FieldIndexValue> Index(ContentFieldContext context)
    {
        var value = context.RawValue as JsonObject;
        if (ContentJson.Number(value, "Latitude") is { } latitude && ContentJson.Number(value, "Longitude") is { } longitude)
        {
            yield return FieldIndexValue.ForNumber(context.Path + ".Latitude", latitude);
            yield return FieldIndexValue.ForNumber(context.Path + ".Longitude", longitude);
        }
    }
}
