namespace StemStl.Pathways.Matching;

/// <summary>How interests meet course names: as whole words, case-insensitively, with a plural 's' ignored.</summary>
internal static class Words
{
    /// <summary>The words of a text, lower case, plurals folded ("Robotics Clubs" → robotic, club).</summary>
    public static string[] Of(string text) =>
        [.. new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 3 && w[^1] == 's' && w[^2] != 's' ? w[..^1] : w)];

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="words"/> as consecutive whole words.</summary>
    public static bool Contains(string[] words, string[] phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }
}
