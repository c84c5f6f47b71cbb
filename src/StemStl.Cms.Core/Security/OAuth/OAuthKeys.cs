using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Tokens;

namespace StemStl.Cms.Security.OAuth;

/// <summary>
/// The OpenIddict server's signing key (RSA) and encryption key (AES-256), kept in the data folder and protected with
/// ASP.NET Core data protection, so tokens survive a restart and every process of one site shares them.
/// </summary>
internal static class OAuthKeys
{
    private const string FileName = "oauth-keys.json";

    public static (SecurityKey Signing, SecurityKey Encryption) LoadOrCreate(string keysFolder, IDataProtectionProvider protection)
    {
        var protector = protection.CreateProtector("StemStl.Cms.OAuth.Keys");
        var path = Path.Combine(keysFolder, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(keysFolder);
            using var rsa = RSA.Create(2048);
            var stored = new StoredKeys(
                Convert.ToBase64String(protector.Protect(rsa.ExportPkcs8PrivateKey())),
                Convert.ToBase64String(protector.Protect(RandomNumberGenerator.GetBytes(32))));
            try
            {
                // CreateNew: when two processes start at once, one writes and the other reads what it wrote.
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(file, stored);
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }

        var keys = JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"{path} is empty; delete it and restart to create new OAuth keys (issued tokens stop working).");
        var signing = RSA.Create();
        signing.ImportPkcs8PrivateKey(protector.Unprotect(Convert.FromBase64String(keys.Signing)), out _);
        var encryption = protector.Unprotect(Convert.FromBase64String(keys.Encryption));
        return (
            new RsaSecurityKey(signing) { KeyId = KeyId("sig", signing.ExportSubjectPublicKeyInfo()) },
            new SymmetricSecurityKey(encryption) { KeyId = KeyId("enc", SHA256.HashData(encryption)) });
    }

    private static string KeyId(string use, byte[] material) => $"{use}-{Convert.ToHexString(SHA256.HashData(material))[..16]}";

    private sealed record StoredKeys(string Signing, string Encryption);
}
