using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace StemStl.Cms.Security.Preview;

/// <summary>
/// Preview tokens are Data Protection payloads with a built-in expiry: signed and encrypted with the site's keys, so
/// they need no table and cannot be altered or extended by whoever holds them.
/// </summary>
internal sealed class PreviewTokenService(IDataProtectionProvider protection, TimeProvider clock) : IPreviewTokenService
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("StemStl.Cms.PreviewTokens.v1").ToTimeLimitedDataProtector();

    public IssuedPreviewToken Create(PreviewScope scope, string createdBy, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lifetime, PreviewTokenClaims.MaxLifetime);
        var expires = clock.GetUtcNow() + lifetime;
        var payload = JsonSerializer.Serialize(new Payload(scope.ContentType, scope.ContentItemId, createdBy));
        return new IssuedPreviewToken(_protector.Protect(payload, expires), expires, scope);
    }

    public PreviewScope? Read(string token)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token, out var expires));
            return payload is null || expires <= clock.GetUtcNow() ? null : new PreviewScope(payload.Type, payload.Item);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private sealed record Payload(string Type, string? Item, string By);
}
