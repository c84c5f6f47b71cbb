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
        var form = fields.Append(KeyValuePair.Create("__RequestVerificationToken", await client.AntiforgeryTokenAsync(getUrl ?? url)));
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of the form on the page at <paramref name="url"/>, as a script would read it.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"{url} has no antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password, string url = "/admin/login") =>
        client.SubmitAsync(url, new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    /// <summary>A page's current form values (inputs, textareas, selected options), so a test posts back what a browser would.</summary>
    public static async Task<Dictionary<string, string>> FormOfAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var regex in new[] { InputValue(), TextArea(), SelectedOption() })
        {
            foreach (Match m in regex.Matches(html))
            {
                fields[m.Groups["name"].Value] = WebUtility.HtmlDecode(m.Groups["value"].Value);
            }
        }

        return fields;
    }

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputValue();

    [GeneratedRegex("<textarea[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<select[^>]*?name=\"(?<name>[^\"]+)\"[^>]*>(?:(?!</select>).)*?<option value=\"(?<value>[^\"]*)\" selected=\"selected\"", RegexOptions.Singleline)]
    private static partial Regex SelectedOption();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
