using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Search.Lucene.Querying;

/// <summary>
/// <c>field:near(latitude,longitude,miles)</c>: points within a great-circle distance. A bounding box narrows the
/// candidates through the numeric index; the exact distance then decides.
/// </summary>
internal static class GeoDistance
{
    private const double EarthRadiusMiles = 3958.8;
    private const double MilesPerDegreeLatitude = 69.0;

    public static Query Parse(string filter, string field, string value)
    {
        var inner = value.EndsWith(')') ? value[5..^1] : "";
        var parts = inner.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude) || latitude is < -90 or > 90
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude) || longitude is < -180 or > 180
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var miles) || miles is <= 0 or > 12_500)
        {
            throw new SearchRequestException("filter", $"filter '{filter}': write near(latitude,longitude,miles), e.g. near(38.63,-90.2,25), with latitude -90 to 90, longitude -180 to 180 and a positive distance.");
        }

        var latField = field + LuceneFields.LatitudeSuffix;
        var lonField = field + LuceneFields.LongitudeSuffix;
        var latDelta = miles / MilesPerDegreeLatitude;
        var cos = Math.Cos(latitude * Math.PI / 180);

        // Near the poles the box spans every longitude; the exact check still applies.
        var lonDelta = cos < 1e-6 ? 180 : Math.Min(180, miles / (MilesPerDegreeLatitude * cos));
        var query = new BooleanQuery
        {
            { NumericRangeQuery.NewDoubleRange(latField, latitude - latDelta, latitude + latDelta, true, true), Occur.MUST },
            { new ConstantScoreQuery(new WithinFilter(latField, lonField, latitude, longitude, miles)), Occur.MUST },
        };
        if (longitude - lonDelta >= -180 && longitude + lonDelta <= 180)
        {
            query.Add(NumericRangeQuery.NewDoubleRange(lonField, longitude - lonDelta, longitude + lonDelta, true, true), Occur.MUST);
        }

        return query;
    }

    public static double Miles(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Documents whose point lies within the distance, read from the field cache of the two numbers.</summary>
    private sealed class WithinFilter(string latField, string lonField, double latitude, double longitude, double miles) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var reader = context.AtomicReader;
            var has = FieldCache.DEFAULT.GetDocsWithField(reader, latField);
            var lats = FieldCache.DEFAULT.GetDoubles(reader, latField, FieldCache.NUMERIC_UTILS_DOUBLE_PARSER, false);
            var lons = FieldCache.DEFAULT.GetDoubles(reader, lonField, FieldCache.NUMERIC_UTILS_DOUBLE_PARSER, false);
            var bits = new FixedBitSet(reader.MaxDoc);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (has.Get(doc) && (acceptDocs is null || acceptDocs.Get(doc)) && Miles(latitude, longitude, lats.Get(doc), lons.Get(doc)) <= miles)
                {
                    bits.Set(doc);
                }
            }

            return bits;
        }
    }
}
