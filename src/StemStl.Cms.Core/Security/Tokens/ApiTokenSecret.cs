using System.Security.Cryptography;
using System.Text;

namespace StemStl.Cms.Security.Tokens;

/// <summary>
/// Makes and hashes token values of the form <c>stl_&lt;id&gt;_&lt;secret&gt;</c>. Only the SHA-256 of the whole value is
/// stored; the id part lets people tell tokens apart in logs of their own without revealing the secret.
/// </summary>
internal static class ApiTokenSecret
{
    public const string Prefix = "stl_";
    private const int IdLength = 20;
    private const int SecretBytes = 32;

    public static (string Id, string Value) Generate()
    {
        var id = RandomNumberGenerator.GetHexString(IdLength, lowercase: true);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return (id, $"{Prefix}{id}_{secret}");
    }

    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>A cheap shape check so random strings never reach the database.</summary>
    public static bool HasTokenShape(string value) =>
        value.Length > Prefix.Length + IdLength + 1
        && value.StartsWith(Prefix, StringComparison.Ordinal)
        && value[Prefix.Length + IdLength] == '_';

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
