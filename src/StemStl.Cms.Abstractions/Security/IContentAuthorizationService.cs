using System.Security.Claims;
using StemStl.Cms.Content;

namespace StemStl.Cms.Security;

/// <summary>
/// The one place that answers "may this principal do this to this item". REST, GraphQL, search and the admin
/// all ask it; none checks permissions its own way.
/// </summary>
public interface IContentAuthorizationService
{
    /// <summary>
    /// Whether <paramref name="user"/> holds <paramref name="permission"/> for <paramref name="item"/>. For a securable type the
    /// per-type form is checked; for an item the user owns, the "own" form also counts.
    /// </summary>
    Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="user"/> holds <paramref name="permission"/> for items of <paramref name="contentType"/> in general (creating, listing).</summary>
    Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="user"/> holds a permission that is not about content (e.g. <c>ManageFeatures</c>).</summary>
    Task<bool> AuthorizeAsync(ClaimsPrincipal user, Permission permission, CancellationToken cancellationToken = default);
}
