using System.Net;
using System.Text.RegularExpressions;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

/// <summary>/admin/tokens: grant API tokens and OAuth clients, see the secret once, revoke; and refusals.</summary>
public sealed partial class ApiAccessPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private static KeyValuePair<string, string> F(string name, string value) => KeyValuePair.Create(name, value);

    /// <summary>Follows the redirect after a grant and reads the secret the page shows once.</summary>
    private static async Task<(string Page, string Secret)> GrantAsync(HttpClient admin, params KeyValuePair<string, string>[] fields)
    {
        var posted = await admin.SubmitAsync("/admin/tokens", fields);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await admin.GetStringAsync("/admin/tokens", Ct);
        var secret = Secret().Match(page);
        Assert.True(secret.Success, "the page shows no secret after a grant");
        return (page, WebUtility.HtmlDecode(secret.Groups[1].Value));
    }

    [Fact]
    public async Task AnAdmin_GrantsAToken_SeesItOnce_UsesIt_AndRevokesIt()
    {
        using var admin = await AdminAsync();

        var (_, secret) = await GrantAsync(admin, F("Form.Kind", "token"), F("Form.Name", "educator-portal"), F("Form.Scopes", "content:read"), F("Form.RateLimitPerMinute", "120"));
        var again = await admin.GetStringAsync("/admin/tokens", Ct);
        using var portal = factory.TokenClient(secret);
        var before = await portal.GetAsync("/api/content/stemstlworkgroup0000000001", Ct);
        var revoke = RevokeAction().Match(again);
        Assert.True(revoke.Success, "the token has no revoke form");
        var revoked = await admin.SubmitAsync(WebUtility.HtmlDecode(revoke.Groups[1].Value), [], "/admin/tokens");
        var after = await portal.GetAsync("/api/content/stemstlworkgroup0000000001", Ct);

        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
        Assert.Contains("educator-portal", again, StringComparison.Ordinal);
        Assert.Contains("120", again, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("Revoked", await admin.GetStringAsync("/admin/tokens", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdmin_RegistersAnOAuthClient_WhoseSecretGetsATokenAtConnectToken()
    {
        using var admin = await AdminAsync();

        var (page, secret) = await GrantAsync(admin, F("Form.Kind", "client"), F("Form.Name", "district-sync"), F("Form.Scopes", "content:read"), F("Form.Scopes", "content:write:Page"));
        var clientId = ClientId().Match(page).Groups[1].Value;
        using var anonymous = factory.CreateClient();
        var token = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent([F("grant_type", "client_credentials"), F("client_id", clientId), F("client_secret", secret)]), Ct);

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Contains("content:write:Page", await admin.GetStringAsync("/admin/tokens", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_IsRefusedNextToEachField_KeepingWhatWasTyped_AndGrantsNothing()
    {
        using var admin = await AdminAsync();
        var tokensBefore = await admin.GetStringAsync("/api/tokens", Ct);

        var response = await admin.SubmitAsync("/admin/tokens", [F("Form.Kind", "client"), F("Form.Name", "kept name"), F("Form.RateLimitPerMinute", "lots")]);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var typedName = await admin.SubmitAsync("/admin/tokens", [F("Form.Kind", "token"), F("Form.Name", ""), F("Form.Scopes", "content:write:NoSuchType"), F("Form.Expires", "2001-01-01")]);
        var nameHtml = await typedName.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Form_RateLimitPerMinute-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"kept name\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Name-error\"", nameHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Scopes-error\"", nameHtml, StringComparison.Ordinal);
        Assert.Contains("The expiry must be in the future", nameHtml, StringComparison.Ordinal);
        Assert.Equal(tokensBefore, await admin.GetStringAsync("/api/tokens", Ct));
    }

    [Fact]
    public async Task AnEditor_IsDeniedThePage_AndCannotGrant()
    {
        await factory.CreateUserAsync("tokens-editor", "Tokens-Editor-Password-2026", "Editor");
        using var editor = factory.Browser();
        await editor.SignInAsync("tokens-editor", "Tokens-Editor-Password-2026");

        var page = await editor.GetAsync("/admin/tokens", Ct);
        var menu = await editor.GetStringAsync("/admin", Ct);

        Assert.StartsWith("/admin/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/tokens\"", menu, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code class=\"secret\" id=\"granted-secret\">([^<]+)</code>")]
    private static partial Regex Secret();

    [GeneratedRegex("action=\"(/admin/tokens[^\"]*handler=Revoke[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex RevokeAction();

    [GeneratedRegex("client id (stl-client-[0-9a-f]+)")]
    private static partial Regex ClientId();
}
