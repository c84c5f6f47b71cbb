using System.Security.Claims;

namespace StemStl.Cms.Security;

/// <summary>
/// Preview tokens let an external front end's preview page read drafts of one item, or of one type, for a few
/// minutes: an editor creates one (the admin's "Preview on site", or <c>POST /api/preview-tokens</c>) and the front end
/// sends it in the <see cref="Header"/> header. The token is signed and carries its own expiry; it grants View and
/// Preview for its item or type and nothing else.
/// </summary>
public static class PreviewTokenClaims
{
    /// <summary>The request header that carries a preview token.</summary>
    public const string Header = "X-Preview-Token";

    /// <summary>The authentication type of the identity a valid token adds to the request's principal.</summary>
    public const string AuthenticationType = "PreviewToken";

    /// <summary>Claim naming the one content item a token covers.</summary>
    public const string ItemClaimType = "stemstl:preview:item";

    /// <summary>Claim naming the content type a token covers.</summary>
    public const string TypeClaimType = "stemstl:preview:type";

    /// <summary>The longest a token may live.</summary>
    public static TimeSpan MaxLifetime { get; } = TimeSpan.FromHours(1);

    /// <summary>Whether <paramref name="user"/> carries a preview token covering <paramref name="contentItemId"/> of <paramref name="contentType"/>.</summary>
    public static bool Covers(ClaimsPrincipal user, string contentType, string? contentItemId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(TypeClaimType, contentType) || (contentItemId is not null && user.HasClaim(ItemClaimType, contentItemId));
    }
}

/// <summary>What a preview token covers: one item (by id) or every item of one type.</summary>
public sealed record PreviewScope(string ContentType, string? ContentItemId);

/// <summary>A preview token as handed to its creator.</summary>
public sealed record IssuedPreviewToken(string Token, DateTimeOffset ExpiresUtc, PreviewScope Scope);

/// <summary>Creates and reads preview tokens.</summary>
public interface IPreviewTokenService
{
    /// <summary>A signed token for <paramref name="scope"/>, valid for <paramref name="lifetime"/> (at most <see cref="PreviewTokenClaims.MaxLifetime"/>).</summary>
    IssuedPreviewToken Create(PreviewScope scope, string createdBy, TimeSpan lifetime);

    /// <summary>The scope of a valid, unexpired token, or null for anything else.</summary>
    PreviewScope? Read(string token);
}
