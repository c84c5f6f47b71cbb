using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

public sealed class ContentEditorPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Workgroup = "stemstlworkgroup0000000003";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private Task<T> WithContentAsync<T>(Func<IContentManager, Task<T>> work) =>
        factory.InScopeAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string url, Dictionary<string, string> form, string submit)
    {
        form["submit"] = submit;
        return await client.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Editor_ShowsEveryFieldWithItsValueAndLabel()
    {
        using var admin = await AdminAsync();

        var html = await admin.GetStringAsync($"/admin/content/{Workgroup}", Ct);

        Assert.Contains("<label for=\"in-TitlePart-Title\">Title (required)</label>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Identifying and Filling Gaps\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"v.Workgroup.Focus.Markdown\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Active\" selected=\"selected\">Active</option>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Title</legend>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDraft_KeepsThePublishedVersionAndMakesADraft()
    {
        using var admin = await AdminAsync();
        var url = $"/admin/content/stemstlworkgroup0000000004";
        var form = await admin.FormOfAsync(url);
        form["v.TitlePart.Title"] = "Strengthening the Ecosystem (draft)";

        var response = await SaveAsync(admin, url, form, "draft");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var published = await WithContentAsync(m => m.GetAsync("stemstlworkgroup0000000004", VersionOptions.Published, Ct));
        var latest = await WithContentAsync(m => m.GetAsync("stemstlworkgroup0000000004", VersionOptions.Latest, Ct));
        Assert.Equal("Strengthening the Ecosystem", published!.DisplayText);
        Assert.Equal("Strengthening the Ecosystem (draft)", latest!.DisplayText);
        Assert.False(latest.Published);
        Assert.Contains("Draft saved.", await admin.GetStringAsync(url, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithARequiredFieldEmpty_ShowsTheMessageNextToItKeepsTheTypingAndStoresNothing()
    {
        using var admin = await AdminAsync();
        var url = $"/admin/content/{Workgroup}";
        var before = await WithContentAsync(m => m.ListVersionsAsync(Workgroup, Ct));
        var form = await admin.FormOfAsync(url);
        form["v.Workgroup.Focus.Markdown"] = "  ";
        form["v.TitlePart.Title"] = "A title I typed";

        var response = await SaveAsync(admin, url, form, "publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches("id=\"in-Workgroup-Focus-Markdown-error\" class=\"field-error\">[^<]*required", html);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"A title I typed\"", html, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await WithContentAsync(m => m.ListVersionsAsync(Workgroup, Ct))).Count);
    }

    [Fact]
    public async Task Save_AgainstAStaleVersion_IsAConflictAndOverwritesNothing()
    {
        using var admin = await AdminAsync();
        var url = "/admin/content/stemstlworkgroup0000000002";
        var form = await admin.FormOfAsync(url);
        var other = await admin.FormOfAsync(url);
        other["v.TitlePart.Title"] = "Saved first";
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, url, other, "publish")).StatusCode);
        form["v.TitlePart.Title"] = "Saved second, from an old page";

        var response = await SaveAsync(admin, url, form, "publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone saved this item after you opened it", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("Saved first", (await WithContentAsync(m => m.GetAsync("stemstlworkgroup0000000002", VersionOptions.Latest, Ct)))!.DisplayText);
    }

    [Fact]
    public async Task Create_MakesANewPageAndOpensItsEditor()
    {
        using var admin = await AdminAsync();
        var form = await admin.FormOfAsync("/admin/content/new/Page");
        form["v.TitlePart.Title"] = "Family STEM night";
        form["v.MarkdownBodyPart.Markdown"] = "Bring the **whole** family.";

        var response = await admin.PostAsync("/admin/content/new/Page", new FormUrlEncodedContent(form.Append(new("submit", "publish"))), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.OriginalString.Split('/').Last();
        var created = await WithContentAsync(m => m.GetAsync(id, VersionOptions.Published, Ct));
        Assert.Equal("Family STEM night", created!.DisplayText);
        Assert.Contains("<strong>whole</strong>", created.Part("MarkdownBodyPart")["Html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("family-stem-night", created.Part("AutoroutePart")["Path"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/admin/content/new/NoSuchType")]
    [InlineData("/admin/content/nosuchitem0000000000000000")]
    [InlineData("/admin/content/nosuchitem0000000000000000/versions")]
    public async Task UnknownTypesAndItems_AreNotFound(string url)
    {
        using var admin = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Editor_ForAUserWhoMayNotEditTheType_IsNotFoundAndChangesNothing()
    {
        await factory.GrantAsync("PageEditor", "AccessAdminPanel");
        await factory.GrantAsync("PageEditor", "Edit_Page");
        await factory.CreateUserAsync("page-editor", "Page-Editor-Password-2026", "PageEditor");
        using var editor = factory.Browser();
        await editor.SignInAsync("page-editor", "Page-Editor-Password-2026");

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/admin/content/{Workgroup}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/content/new/Workgroup", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/content/new/Page", Ct)).StatusCode);
        var token = await editor.SubmitAsync("/admin/content/new/Page", new Dictionary<string, string> { ["v.TitlePart.Title"] = "x", ["submit"] = "publish" });
        Assert.Contains("not publish it", await token.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublish_ThenDelete_TakeTheItemDownThenAway()
    {
        using var admin = await AdminAsync();
        var url = "/admin/content/stemstlworkgroup0000000005";

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url + "?handler=Action&action=Unpublish", new Dictionary<string, string>(), getUrl: url)).StatusCode);
        Assert.Null(await WithContentAsync(m => m.GetAsync("stemstlworkgroup0000000005", VersionOptions.Published, Ct)));

        var deleted = await admin.SubmitAsync(url + "?handler=Action&action=Delete", new Dictionary<string, string>(), getUrl: url);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await WithContentAsync(m => m.GetAsync("stemstlworkgroup0000000005", VersionOptions.Latest, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Versions_ShowTheChangedValuesAndRestoreAnOldOne()
    {
        using var admin = await AdminAsync();
        var url = "/admin/content/stemstlworkgroup0000000001";
        var form = await admin.FormOfAsync(url);
        form["v.Workgroup.Focus.Markdown"] += "\nA second paragraph about the portals.";
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, url, form, "publish")).StatusCode);

        var html = await admin.GetStringAsync(url + "/versions", Ct);

        Assert.Contains("<code>Workgroup.Focus.Markdown</code>", html, StringComparison.Ordinal);
        Assert.Contains("A second paragraph about the portals.", html, StringComparison.Ordinal);
        var first = (await WithContentAsync(m => m.ListVersionsAsync("stemstlworkgroup0000000001", Ct))).Single(v => v.Number == 1);
        var restored = await admin.SubmitAsync(url + "/versions?handler=Restore", new Dictionary<string, string> { ["versionId"] = first.ContentItemVersionId }, getUrl: url + "/versions");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var latest = await WithContentAsync(m => m.GetAsync("stemstlworkgroup0000000001", VersionOptions.Latest, Ct));
        Assert.DoesNotContain("second paragraph", latest!.Part("Workgroup")["Focus"]!["Markdown"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownPreview_RendersSanitizedHtmlAndNeedsTheToken()
    {
        using var admin = await AdminAsync();
        var markdown = new Dictionary<string, string> { ["markdown"] = "**Robots**<script>alert(1)</script> [x](javascript:alert(1))" };

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/admin/preview/markdown", new FormUrlEncodedContent(markdown), Ct)).StatusCode);
        var response = await admin.SubmitAsync("/admin/preview/markdown", markdown, getUrl: $"/admin/content/{Workgroup}");

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<strong>Robots</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
