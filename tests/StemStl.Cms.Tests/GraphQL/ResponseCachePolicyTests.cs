using System.Security.Claims;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using StemStl.Cms.GraphQL.Http;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Tests.GraphQL;

public sealed class ResponseCachePolicyTests
{
    private static CacheIdentity? IdentityOf(string query, HttpContext? http = null, Dictionary<string, object?>? variables = null)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().First();
        return ResponseCachePolicy.IdentityOf(http ?? new DefaultHttpContext(), operation, document, variables is null ? null : new Inputs(variables));
    }

    private static DefaultHttpContext Token(string id, params string[] scopes)
    {
        var claims = new List<Claim> { new(ApiTokenClaims.TokenIdClaimType, id) };
        claims.AddRange(scopes.Select(s => new Claim(ApiTokenClaims.ScopeClaimType, s)));
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiTokenClaims.AuthenticationScheme)) };
        http.Request.Headers.Authorization = "Bearer stl_x";
        return http;
    }

    [Theory]
    [InlineData("{ page { displayText } }")]
    [InlineData("{ page(status: PUBLISHED) { displayText } }")]
    public void AnAnonymousPublishedRead_IsCachedPublicly(string query)
    {
        var identity = IdentityOf(query);

        Assert.NotNull(identity);
        Assert.True(identity.Public);
    }

    [Theory]
    [InlineData("{ page(status: DRAFT) { displayText } }")]
    [InlineData("{ ...F } fragment F on Query { page { related { contentItems(status: LATEST) { displayText } } } }")]
    [InlineData("{ page { ... on Page { displayText } } contentItem(contentItemId: \"x\", status: ALL) { displayText } }")]
    [InlineData("query ($s: Status) { page(status: $s) { displayText } }")]
    [InlineData("mutation { publishPage(contentItemId: \"x\") { displayText } }")]
    public void PreviewsAnywhereInTheDocument_AndMutations_AreNeverCached(string query) =>
        Assert.Null(IdentityOf(query));

    [Fact]
    public void AStatusVariable_IsCacheableOnlyWhenItIsPublished()
    {
        const string Query = "query ($s: Status) { page(status: $s) { displayText } }";

        Assert.NotNull(IdentityOf(Query, variables: new() { ["s"] = "PUBLISHED" }));
        Assert.Null(IdentityOf(Query, variables: new() { ["s"] = "DRAFT" }));
    }

    [Theory]
    [InlineData("header")]
    [InlineData("query")]
    [InlineData("cookie")]
    public void ARequestNamingAPreviewToken_IsNeverCached(string where)
    {
        var http = new DefaultHttpContext();
        switch (where)
        {
            case "header": http.Request.Headers["X-Preview-Token"] = "t"; break;
            case "query": http.Request.QueryString = new QueryString("?previewToken=t"); break;
            default: http.Request.Headers.Cookie = "stemstl-preview=t"; break;
        }

        Assert.Null(IdentityOf("{ page { displayText } }", http));
    }

    [Fact]
    public void ReadOnlyTokens_GetPrivateEntriesOfTheirOwn_AndOtherTokensAndEditorsNone()
    {
        var editor = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1")], "Cookies")) };
        var unauthenticatedBearer = new DefaultHttpContext();
        unauthenticatedBearer.Request.Headers.Authorization = "Bearer stl_revoked";
        const string Query = "{ page { displayText } }";

        var first = IdentityOf(Query, Token("t1", "content:read"));
        var second = IdentityOf(Query, Token("t2", "content:read"));

        Assert.False(first!.Public);
        Assert.NotEqual(first.Name, second!.Name);
        Assert.Null(IdentityOf(Query, Token("t3", "content:read", "admin")));
        Assert.Null(IdentityOf(Query, Token("t4", "content:preview")));
        Assert.Null(IdentityOf(Query, Token("t5", "content:read", "content:write:Page")));
        Assert.Null(IdentityOf(Query, editor));
        Assert.Null(IdentityOf(Query, unauthenticatedBearer));
    }
}
