using System.Security.Claims;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// Which requests may be answered from the response cache, and under which caller identity. Only published reads by
/// anonymous callers and by read-only tokens qualify: editors signed in with a cookie, tokens that can write, preview or
/// administer, previews of any kind, and mutations always run fresh and are never stored.
/// </summary>
internal static class ResponseCachePolicy
{
    private const string StatusArgument = "status";
    private const string PublishedStatus = "PUBLISHED";

    /// <summary>The caller's cache identity, or null when nothing about this request may be cached.</summary>
    public static CacheIdentity? IdentityOf(HttpContext http, GraphQLOperationDefinition? operation, GraphQLDocument? document, Inputs? variables)
    {
        if (operation is not { Operation: OperationType.Query } || document is null || MentionsPreview(http.Request) || !ReadsOnlyPublished(document, variables))
        {
            return null;
        }

        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            // An Authorization header that authenticated nobody is not an anonymous caller; let it run uncached.
            return http.Request.Headers.Authorization.Count == 0 ? new CacheIdentity("anonymous", Public: true) : null;
        }

        if (!ApiTokenClaims.IsToken(user))
        {
            return null;
        }

        var scopes = user.FindAll(ApiTokenClaims.ScopeClaimType).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        if (scopes.Count == 0 || scopes.Any(s => s != ApiTokenScopes.ContentRead))
        {
            return null;
        }

        // The token's own id: two tokens never share an entry, whatever their scopes, so no grant can leak between them.
        return new CacheIdentity($"token:{user.FindFirstValue(ApiTokenClaims.TokenIdClaimType)}:{string.Join(' ', scopes)}", Public: false);
    }

    /// <summary>
    /// Whether the request carries anything that looks like a preview (a header, query parameter or cookie with
    /// "preview" in its name): whatever the preview token's transport, a preview is never cached.
    /// </summary>
    private static bool MentionsPreview(HttpRequest request) =>
        request.Headers.Keys.Any(IsPreview) || request.Query.Keys.Any(IsPreview) || request.Cookies.Keys.Any(IsPreview);

    private static bool IsPreview(string name) => name.Contains("preview", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether every <c>status</c> argument in the document asks for PUBLISHED (literally or through a variable);
    /// any other status is a preview, and an argument whose value cannot be known here counts as one.
    /// </summary>
    private static bool ReadsOnlyPublished(GraphQLDocument document, Inputs? variables) =>
        document.Definitions.All(definition => definition switch
        {
            GraphQLOperationDefinition operation => Published(operation.SelectionSet, variables),
            GraphQLFragmentDefinition fragment => Published(fragment.SelectionSet, variables),
            _ => true,
        });

    private static bool Published(GraphQLSelectionSet? selections, Inputs? variables) =>
        selections is null || selections.Selections.All(selection => selection switch
        {
            GraphQLField field => (field.Arguments?.Items ?? []).All(a => Published(a, variables)) && Published(field.SelectionSet, variables),
            GraphQLInlineFragment inline => Published(inline.SelectionSet, variables),
            _ => true,
        });

    private static bool Published(GraphQLArgument argument, Inputs? variables) =>
        argument.Name.StringValue != StatusArgument || argument.Value switch
        {
            GraphQLEnumValue value => value.Name.StringValue == PublishedStatus,
            GraphQLVariable variable => variables?.TryGetValue(variable.Name.StringValue, out var value) == true && value is PublishedStatus,
            _ => false,
        };
}

/// <summary>Whose cache entries a request reads and writes; public ones may also be kept by browsers and proxies.</summary>
internal sealed record CacheIdentity(string Name, bool Public);
