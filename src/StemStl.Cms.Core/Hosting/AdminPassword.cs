using System.Security.Cryptography;

namespace StemStl.Cms.Hosting;

/// <summary>Generates the first administrator's password when none is configured.</summary>
internal static class AdminPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_.!#%+=";
    private const int Length = 24;

    /// <summary>24 characters from an unambiguous alphabet, with at least one of each class the password rules ask for.</summary>
    public static string Generate()
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(Upper + Lower + Digits + Symbols, Length);
            if (candidate.Any(Upper.Contains) && candidate.Any(Lower.Contains) && candidate.Any(Digits.Contains) && candidate.Any(Symbols.Contains))
            {
                return candidate;
            }
        }
    }
}
