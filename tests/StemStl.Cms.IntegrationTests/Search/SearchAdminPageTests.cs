using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Jobs;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Indexing;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>The admin's search pages over HTTP: the index list, rebuilding from it, the index form and the test query.</summary>
[Collection(nameof(SearchHost))]
public sealed class SearchAdminPageTests(SearchHost host)
{
    private const string Password = "Search-Tests-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IndexList_ShowsDocumentsCursorHeadAndLag()
    {
        await SearchSite.CaughtUpAsync(host.Factory);
        using var admin = await AdminAsync();

        var html = await admin.GetStringAsync("/admin/search", Ct);

        var row = Row(html, "Search");
        Assert.Contains("<td data-cell=\"state\">ready</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td data-cell=\"documents\">5</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td data-cell=\"lag\">0</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td data-cell=\"documents\">6</td>", Row(html, "Drafts"), StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RebuildButton_RebuildsTheIndexAsAJob_WhosePageFollowsIt()
    {
        var manager = host.Factory.Services.GetRequiredService<LuceneIndexManager>();
        await SearchSite.CaughtUpAsync(host.Factory, "Staff");
        var before = manager.Find("Staff")!.BuiltUnder.Rebuild;
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync("/admin/search?handler=Rebuild&name=Staff", new Dictionary<string, string>(), getUrl: "/admin/search");
        var job = await admin.WaitForEndAsync(JobsHttp.JobIdOf(response));

        Assert.Equal("Succeeded", job["state"]!.GetValue<string>());
        Assert.Equal(before + 1, manager.Find("Staff")!.BuiltUnder.Rebuild);
        Assert.Contains("Rebuild the search index &#x27;Staff&#x27;", await admin.GetStringAsync($"/admin/jobs/{job["id"]}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused_AndRequestsNothing()
    {
        using var admin = await AdminAsync();
        var before = await GenerationAsync("Drafts");

        var response = await admin.PostAsync(new Uri("/admin/search?handler=Reset&name=Drafts", UriKind.Relative), new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await GenerationAsync("Drafts"));
    }

    [Fact]
    public async Task Pages_AreDenied_WithoutManageLuceneIndexes_AndHaveNoMenuEntry()
    {
        var user = $"editor-{Guid.NewGuid():N}"[..20];
        await host.Factory.CreateUserAsync(user, Password, "Editor");
        using var editor = host.Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SignInAsync(user, Password)).StatusCode);

        var pages = new[] { "/admin/search", "/admin/search/edit", "/admin/search/edit/Search", "/admin/search/query/Search?Q=robot" };
        var dashboard = await editor.GetStringAsync("/admin", Ct);

        foreach (var page in pages)
        {
            var response = await editor.GetAsync(new Uri(page, UriKind.Relative), Ct);
            Assert.StartsWith("/admin/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("href=\"/admin/search\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewIndex_WithMistakes_ShowsEachBesideItsField_AndSavesNothing()
    {
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync("/admin/search/edit", [
            new("Form.Name", "bad name!"), new("Form.Analyzer", "klingon"), new("Form.Versions", "published"),
            new("Form.Fields[0].Name", ""), new("Form.Fields[0].Keyword", "true"),
        ]);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Form_Name-error\" class=\"field-error\">&#x27;bad name!&#x27; is not a valid index name", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Analyzer-error\" class=\"field-error\">Unknown analyzer", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_ContentTypes-error\" class=\"field-error\">List at least one content type", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Fields_0__Name-error\" class=\"field-error\">Name the field", html, StringComparison.Ordinal);
        Assert.DoesNotContain("bad name!", await admin.GetStringAsync("/admin/search", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewIndex_IsSavedWithItsFieldSettings_BuiltAndListed_ThenEdited()
    {
        var name = $"Page{Guid.NewGuid():N}"[..12];
        using var admin = await AdminAsync();

        var created = await admin.SubmitAsync("/admin/search/edit", [
            new("Form.Name", name), new("Form.ContentTypes", "Lesson"), new("Form.Analyzer", "english"), new("Form.Versions", "latest"),
            new("Form.Public", "false"), new("Form.Fields[0].Name", "Lesson.Grade"), new("Form.Fields[0].Keyword", "true"), new("Form.Fields[0].Stored", "false"),
        ]);
        var edited = await admin.SubmitAsync($"/admin/search/edit/{name}", [
            new("Form.ContentTypes", "Lesson"), new("Form.ContentTypes", "Memo"), new("Form.Analyzer", "standard"), new("Form.Versions", "published"),
            new("Form.Public", "true"), new("Form.Public", "false"), new("Form.Fields[0].Name", "Lesson.Grade"), new("Form.Fields[0].Keyword", "true"),
        ]);
        var definition = await host.Factory.InScopeAsync(async services => (await services.GetRequiredService<LuceneIndexSettings>().FindAsync(name, Ct))!.Definition);
        var manager = host.Factory.Services.GetRequiredService<LuceneIndexManager>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await manager.WaitUntilAsync(() => manager.Find(name)?.BuiltUnder.Hash == definition.Hash, timeout.Token);
        var list = await admin.GetStringAsync("/admin/search", Ct);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(["Lesson", "Memo"], definition.ContentTypes);
        Assert.Equal(LuceneAnalyzer.Standard, definition.Analyzer);
        Assert.False(definition.IndexLatest);
        Assert.True(definition.Public);
        Assert.Equal(new LuceneFieldSettings(Keyword: true), definition.FieldSettings("Lesson.Grade"));
        Assert.Contains($"id=\"index-{name}\"", list, StringComparison.Ordinal);
        Assert.Contains("is saved; it is being rebuilt", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestQuery_ShowsTheTotalHighlightsAndFacets_AsTheUserMaySeeThem()
    {
        await SearchSite.CaughtUpAsync(host.Factory);
        using var admin = await AdminAsync();

        var html = await admin.GetStringAsync("/admin/search/query/Search?Q=robot&Facets=type", Ct);

        Assert.Contains("<p role=\"status\" data-cell=\"total\">4 match(es) you may see</p>", html, StringComparison.Ordinal);
        Assert.Contains("Painting <em>Robots</em> &amp; &lt;Rockets&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Facet type</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Lesson</td><td>3</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Memo</td><td>1</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestQuery_WithBadSyntax_ShowsTheReasonBesideTheQuery()
    {
        using var admin = await AdminAsync();

        var response = await admin.GetAsync(new Uri("/admin/search/query/Search?Q=" + Uri.EscapeDataString("title:("), UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Q-error\" class=\"field-error\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-cell=\"total\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIndex_IsNotFound_OnEveryPage()
    {
        using var admin = await AdminAsync();

        var edit = await admin.GetAsync(new Uri("/admin/search/edit/Nope", UriKind.Relative), Ct);
        var query = await admin.GetAsync(new Uri("/admin/search/query/Nope?Q=x", UriKind.Relative), Ct);
        var rebuild = await admin.SubmitAsync("/admin/search?handler=Rebuild&name=Nope", new Dictionary<string, string>(), getUrl: "/admin/search");

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, query.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rebuild.StatusCode);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var browser = host.Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private Task<int> GenerationAsync(string index) => host.Factory.InScopeAsync(async services =>
        (await services.GetRequiredService<LuceneIndexSettings>().FindAsync(index, Ct))!.ResetGeneration);

    /// <summary>The table row of one index, from its id to the row's end.</summary>
    private static string Row(string html, string index)
    {
        var start = html.IndexOf($"<tr id=\"index-{index}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {index}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
