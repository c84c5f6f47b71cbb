using System.Globalization;

namespace StemStl.Cms.Definitions;

/// <summary>How parts and fields read and write instants: ISO-8601 only, stored in UTC with a Z.</summary>
public static class IsoInstant
{
    // K accepts Z, an offset, or nothing; with nothing, AssumeUniversal reads the value as UTC.
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    private static readonly string[] InstantOrDateFormats = [.. InstantFormats, "yyyy-MM-dd"];

    /// <summary>Reads an ISO-8601 instant; with <paramref name="allowDate"/>, a bare date means its midnight UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset instant, bool allowDate = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateTimeOffset.TryParseExact(
            text.Trim(),
            allowDate ? InstantOrDateFormats : InstantFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out instant);
    }

    /// <summary>The stored form: UTC, seconds and fractions as needed, ending in Z.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
