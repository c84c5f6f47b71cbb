using System.Security.Claims;
using System.Text.Json.Nodes;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;
using StemStl.Cms.Settings;

namespace StemStl.Cms.Admin.Content;

/// <summary>
/// "Preview on site": the external front end's preview address, from the <c>Preview</c> site settings section, with a
/// fresh preview token for one draft. Offered only for a draft, only when the address is set, and only to someone
/// who may preview that item.
/// </summary>
internal sealed class PreviewOnSite(ISiteSettings settings, IContentAuthorizationService authorization, IPreviewTokenService tokens)
{
    public const string Section = "Preview";
    public const string TemplateKey = "UrlTemplate";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public async Task<string?> TemplateAsync(CancellationToken cancellationToken) =>
        ContentJson.Text(await settings.GetSectionAsync(Section, cancellationToken), TemplateKey) is { Length: > 0 } template ? template : null;

    public Task SaveTemplateAsync(string? template, CancellationToken cancellationToken) =>
        settings.SetSectionAsync(Section, new JsonObject { [TemplateKey] = string.IsNullOrWhiteSpace(template) ? null : template.Trim() }, merge: true, cancellationToken);

    /// <summary>Why a template is unusable, or null: it must be an absolute http(s) address that carries <c>{token}</c>.</summary>
    public static string? Problem(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        var sample = Fill(template.Trim(), "id", "type", "token");
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return $"'{template}' is not an absolute http or https address; write it like https://stemstl.org/preview?id={{id}}&token={{token}}.";
        }

        return template.Contains("{token}", StringComparison.Ordinal)
            ? null
            : "The address must carry the preview token: put {token} where the front end reads it, e.g. ?token={token}.";
    }

    public async Task<bool> OffersAsync(ClaimsPrincipal user, ContentItem item, CancellationToken cancellationToken) =>
        !item.Published
        && await TemplateAsync(cancellationToken) is not null
        && await authorization.AuthorizeAsync(user, ContentPermissions.PreviewContent, item, cancellationToken);

    /// <summary>The front end's preview address for <paramref name="item"/> with a new token, or null when not offered.</summary>
    public async Task<string?> UrlAsync(ClaimsPrincipal user, ContentItem item, CancellationToken cancellationToken)
    {
        if (!await OffersAsync(user, item, cancellationToken) || await TemplateAsync(cancellationToken) is not { } template)
        {
            return null;
        }

        var token = tokens.Create(new PreviewScope(item.ContentType, item.ContentItemId), user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", Lifetime);
        return Fill(template, item.ContentItemId, item.ContentType, token.Token);
    }

    private static string Fill(string template, string id, string type, string token) => template
        .Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal)
        .Replace("{type}", Uri.EscapeDataString(type), StringComparison.Ordinal)
        .Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal);
}
