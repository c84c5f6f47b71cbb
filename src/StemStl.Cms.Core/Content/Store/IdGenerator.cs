using System.Security.Cryptography;

namespace StemStl.Cms.Content.Store;

/// <summary>
/// 26-character lowercase ids in the ULID layout: 48 bits of milliseconds then 80 random bits, in Crockford's base32,
/// so ids sort roughly by creation time and never collide in practice across nodes.
/// </summary>
internal static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New() => New(DateTimeOffset.UtcNow);

    public static string New(DateTimeOffset now)
    {
        Span<char> id = stackalloc char[26];
        var time = (ulong)now.ToUnixTimeMilliseconds();
        for (var i = 9; i >= 0; i--)
        {
            id[i] = Alphabet[(int)(time & 31)];
            time >>= 5;
        }

        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        for (var i = 0; i < 16; i++)
        {
            id[10 + i] = Alphabet[random[i] & 31];
        }

        return new string(id);
    }
}
