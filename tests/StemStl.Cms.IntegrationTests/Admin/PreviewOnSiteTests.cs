using System.Net;
using System.Text.Json.Nodes;
using System.Web;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Security;

namespace StemStl.Cms.IntegrationTests.Admin;

/// <summary>"Preview on site": the setting, the button, and the token the opened address carries.</summary>
public sealed class PreviewOnSiteTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Campaign = "stemstlcampaign00000000001";
    private const string Editor = "/admin/content/" + Campaign;
    private const string Template = "https://front.example/preview?id={id}&token={token}";
    private const string Password = "Preview-Tests-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PreviewOnSite_OpensTheFrontEndWithATokenThatReadsThisDraftAndNothingElse()
    {
        using var admin = factory.Browser();
        await admin.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await SetTemplateAsync(admin, Template);
        Assert.Contains("handler=PreviewOnSite", await admin.GetStringAsync(new Uri(Editor, UriKind.Relative), Ct), StringComparison.Ordinal);
        using var api = await factory.AdminClientAsync();
        var other = await api.PostJsonAsync("/api/content?draft=true", Json.Page("Another draft"));
        var otherId = (await other.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        var opened = await admin.SubmitAsync(Editor + "?handler=PreviewOnSite", new Dictionary<string, string>(), getUrl: Editor);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var location = opened.Headers.Location!;
        Assert.StartsWith("https://front.example/preview?id=" + Campaign + "&token=", location.AbsoluteUri, StringComparison.Ordinal);
        var token = HttpUtility.ParseQueryString(location.Query)["token"]!;
        using var front = factory.CreateClient();
        front.DefaultRequestHeaders.Add(PreviewTokenClaims.Header, token);

        Assert.Equal(HttpStatusCode.OK, (await front.GetAsync(new Uri($"/api/content/{Campaign}?status=latest", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await front.GetAsync(new Uri($"/api/content/{otherId}?status=latest", UriKind.Relative), Ct)).StatusCode);
        var (_, body) = await front.GraphQLAsync("{ activeCampaigns(at: \"2027-04-14T15:00:00Z\", status: LATEST) { displayText } }");
        Assert.Equal(["STEM Celebration Week"], body.Data("activeCampaigns")!.AsArray().Select(c => c!["displayText"]!.GetValue<string>()));
        using var noToken = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await noToken.GetAsync(new Uri($"/api/content/{Campaign}?status=latest", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task Someone_WhoMayNotPreviewTheItem_GetsNoButtonAndNotFoundFromTheMintingHandler()
    {
        using var admin = factory.Browser();
        await admin.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await SetTemplateAsync(admin, Template);
        var userName = $"pv-{Guid.NewGuid():N}"[..16];
        await factory.CreateUserAsync(userName, Password, "Contributor");
        using var contributor = factory.Browser();
        await contributor.SignInAsync(userName, Password);

        Assert.Equal(HttpStatusCode.NotFound, (await contributor.GetAsync(new Uri(Editor, UriKind.Relative), Ct)).StatusCode);
        var token = await AntiforgeryFromAsync(contributor, "/admin/account/password");
        var minted = await contributor.PostAsync(new Uri(Editor + "?handler=PreviewOnSite", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.NotFound, minted.StatusCode);
        var api = await contributor.PostAsync(new Uri("/api/preview-tokens", UriKind.Relative), JsonContent(new JsonObject { ["contentItemId"] = Campaign }), Ct);
        Assert.True(api.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"got {(int)api.StatusCode}");
    }

    [Fact]
    public async Task WithoutAFrontEndAddress_TheEditorShowsNoButton()
    {
        using var admin = factory.Browser();
        await admin.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        await SetTemplateAsync(admin, "");

        Assert.DoesNotContain("handler=PreviewOnSite", await admin.GetStringAsync(new Uri(Editor, UriKind.Relative), Ct), StringComparison.Ordinal);
        var minted = await admin.SubmitAsync(Editor + "?handler=PreviewOnSite", new Dictionary<string, string>(), getUrl: Editor);
        Assert.Equal(HttpStatusCode.NotFound, minted.StatusCode);
    }

    [Theory]
    [InlineData("https://front.example/preview?id={id}", "{token}")]
    [InlineData("javascript:alert(1)//{token}", "not an absolute http or https address")]
    public async Task Settings_RefuseAnUnusableAddress_BesideTheField_AndKeepWhatWasTyped(string typed, string message)
    {
        using var admin = factory.Browser();
        await admin.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);

        var response = await admin.SubmitAsync("/admin/settings/preview", new Dictionary<string, string> { ["UrlTemplate"] = typed });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"UrlTemplate-error\"", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(typed)}\"", html, StringComparison.Ordinal);
    }

    private static async Task SetTemplateAsync(HttpClient admin, string template)
    {
        var saved = await admin.SubmitAsync("/admin/settings/preview", new Dictionary<string, string> { ["UrlTemplate"] = template });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<string> AntiforgeryFromAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative), Ct);
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, $"{url} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static StringContent JsonContent(JsonObject body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
