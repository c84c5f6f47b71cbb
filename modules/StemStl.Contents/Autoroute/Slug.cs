using System.Text;

namespace StemStl.Contents.Autoroute;

/// <summary>Turns text into a lowercase URL segment of a-z, 0-9 and single hyphens.</summary>
internal static class Slug
{
    // The host runs with invariant globalization, where string.Normalize does not decompose accents,
    // so common Latin letters are folded by hand; other scripts fall back to hyphens.
    private static readonly (string Letters, string Ascii)[] Folds =
    [
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
        ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
    ];

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.ToLowerInvariant())
        {
            var ascii = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString() : Fold(c);
            if (ascii is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(ascii);
        }

        return builder.ToString();
    }

    private static string? Fold(char c)
    {
        foreach (var (letters, ascii) in Folds)
        {
            if (letters.Contains(c, StringComparison.Ordinal))
            {
                return ascii;
            }
        }

        return null;
    }
}
