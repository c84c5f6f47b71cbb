using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Webhooks;

namespace StemStl.Cms.IntegrationTests.Webhooks;

public sealed partial class WebhookAdminPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task Create_ShowsTheSecretOnceAndSendTestReachesTheListener()
    {
        await using var listener = await WebhookListener.StartAsync();
        using var admin = await AdminAsync();

        var created = await admin.SubmitAsync("/admin/webhooks", new Dictionary<string, string>
        {
            ["Form.Name"] = "Educator portal",
            ["Form.Url"] = listener.Url,
            ["Form.OnPublished"] = "true",
            ["Form.Enabled"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;

        var first = await admin.GetStringAsync(editUrl, Ct);
        var secret = Secret().Match(first).Groups[1].Value;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await admin.GetStringAsync(editUrl, Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(editUrl + "?handler=Test", new Dictionary<string, string>(), getUrl: editUrl)).StatusCode);
        var ping = Assert.Single(await listener.WaitForAsync(1));
        Assert.Equal("ping", ping.Headers[WebhookSignature.EventHeader]);
        var timestamp = long.Parse(ping.Headers[WebhookSignature.TimestampHeader], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(WebhookSignature.Verify(secret, timestamp, ping.Body, ping.Headers[WebhookSignature.SignatureHeader]));
    }

    [Fact]
    public async Task Create_WithABadUrlAndNoEvents_ShowsBothMessagesAndKeepsTheName()
    {
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync("/admin/webhooks", new Dictionary<string, string>
        {
            ["Form.Name"] = "Typo hook",
            ["Form.Url"] = "ftp://example.test/hook",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"Form_Url-error\" class=\"field-error\">Enter an absolute http:// or https:// address", html, StringComparison.Ordinal);
        Assert.Contains("Choose at least one event.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typo hook\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Typo hook</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhooks_ForAnEditor_AreDenied()
    {
        await factory.CreateUserAsync("hook-editor", "Hook-Editor-Password-2026", "Editor");
        using var editor = factory.Browser();
        await editor.SignInAsync("hook-editor", "Hook-Editor-Password-2026");

        var list = await editor.GetAsync("/admin/webhooks", Ct);
        var post = await editor.PostAsync("/admin/webhooks", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Name"] = "x", ["Form.Url"] = "http://127.0.0.1/" }), Ct);

        Assert.StartsWith("/admin/denied", list.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        var hooks = await factory.InScopeAsync(sp => sp.GetRequiredService<WebhookStore>().ListAsync(CancellationToken.None));
        Assert.DoesNotContain(hooks, h => h.Name == "x");
    }

    [Fact]
    public async Task Edit_UncheckingEnabled_DisablesTheWebhook()
    {
        using var admin = await AdminAsync();
        var created = await admin.SubmitAsync("/admin/webhooks", new Dictionary<string, string>
        {
            ["Form.Name"] = "To switch off",
            ["Form.Url"] = "http://127.0.0.1:9/hook",
            ["Form.OnDeleted"] = "true",
            ["Form.Enabled"] = "true",
        });
        var editUrl = created.Headers.Location!.OriginalString;

        var saved = await admin.SubmitAsync(editUrl + "?handler=Save", new Dictionary<string, string>
        {
            ["Form.Name"] = "To switch off",
            ["Form.Url"] = "http://127.0.0.1:9/hook",
            ["Form.OnDeleted"] = "true",
        }, getUrl: editUrl);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var hook = (await factory.InScopeAsync(sp => sp.GetRequiredService<WebhookStore>().ListAsync(CancellationToken.None))).Single(h => h.Name == "To switch off");
        Assert.False(hook.Enabled);
        Assert.Equal(WebhookEvents.Deleted, hook.Events);
    }

    [GeneratedRegex("<code class=\"secret\">([^<]+)</code>")]
    private static partial Regex Secret();
}
