namespace StemStl.Cms.Admin.Definitions;

/// <summary>Suggests a technical name from a display name: "Career fair 2027" becomes <c>CareerFair2027</c>.</summary>
internal static class TechnicalName
{
    public static string From(string displayName)
    {
        var words = (displayName ?? "").Split((char[])[' ', '-', '_', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select(w =>
        {
            var kept = new string([.. w.Where(char.IsAsciiLetterOrDigit)]);
            return kept.Length == 0 ? kept : char.ToUpperInvariant(kept[0]) + kept[1..];
        }));
    }
}
