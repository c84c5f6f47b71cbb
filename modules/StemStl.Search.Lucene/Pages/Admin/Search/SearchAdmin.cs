using System.Security.Claims;
using StemStl.Cms.Security;

namespace StemStl.Search.Lucene.Pages.Admin.Search;

/// <summary>What the search admin pages share.</summary>
internal static class SearchAdmin
{
    /// <summary>Every page and button needs ManageLuceneIndexes; the test query then checks each hit as the user.</summary>
    public static Task<bool> MayManageAsync(IContentAuthorizationService authorization, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        authorization.AuthorizeAsync(user, LucenePermissions.ManageLuceneIndexes, cancellationToken);
}
