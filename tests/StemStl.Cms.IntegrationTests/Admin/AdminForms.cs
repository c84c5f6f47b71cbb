using System.Net;
using System.Text.RegularExpressions;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

/// <summary>Drives the admin's server-rendered forms over HTTP as a browser would: cookies kept, antiforgery token posted back.</summary>
internal static partial class AdminForms
{
    /// <summary>A client that keeps cookies and reports redirects instead of following them.</summary>
    /// <remarks>
    /// A plain client on a socket handler: on Kestrel the factory's clients sit on a handler that follows redirects
    /// by itself, whatever <c>AllowAutoRedirect</c> says, and the admin's redirects are what these tests check.
    /// </remarks>
    public static HttpClient Browser(this CmsFactory factory)
    {
        factory.StartServer();
#pragma warning disable CA2000 // The client owns the handler and disposes it.
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = factory.ClientOptions.BaseAddress };
    }

    /// <summary>GETs a page with a form and POSTs the fields back with the page's antiforgery token.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? getUrl = null) =>
        client.SubmitAsync(url, (IEnumerable<KeyValuePair<string, string>>)fields, getUrl);

    /// <summary>As above, for forms where one name repeats (checkbox lists).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? getUrl = null)
    {
        var page = await client.GetAsync(getUrl ?? url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"{url} has no antiforgery token");
        var form = fields.Append(KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password, string url = "/admin/login") =>
        client.SubmitAsync(url, new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
