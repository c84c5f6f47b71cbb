using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Reviews;
using static StemStl.Cms.IntegrationTests.Workgroups.WorkgroupSite;

namespace StemStl.Cms.IntegrationTests.Workgroups;

/// <summary>
/// Review before publishing, as workgroups use it: members submit their page's draft, the workgroup's chairs and the
/// editors approve it (publish) or send it back with a note; and the member's dashboard with their workgroup's pages.
/// </summary>
public sealed class WorkgroupReviewTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Strengthening = "stemstlworkgroup0000000004";

    private static string EditorOf(string id) => $"/admin/content/{id}";

    private static string Id(JsonObject item) => item["ContentItemId"]!.GetValue<string>();

    private async Task<HttpClient> BrowserOfAsync(string userName, string password = Password)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(userName, password)).StatusCode);
        return browser;
    }

    /// <summary>A person in <paramref name="role"/> of the workgroup, signed in to the admin.</summary>
    private async Task<HttpClient> PersonAsync(string displayName, string workgroupId, string role)
    {
        var (id, userName) = await factory.CreateAccountAsync(displayName, role == "chair" ? "WorkgroupChair" : "WorkgroupMember");
        await factory.AddMemberAsync(workgroupId, id, role);
        return await BrowserOfAsync(userName);
    }

    /// <summary>Retitles the page in the editor and presses the given button (<c>review</c>, <c>draft</c>).</summary>
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient browser, string id, string title, string submit, string? note = null)
    {
        var form = await browser.FormOfAsync(EditorOf(id));
        form["v.TitlePart.Title"] = title;
        form["ReviewNote"] = note ?? "";
        form["submit"] = submit;
        return await browser.PostAsync(EditorOf(id) + "?handler=Save", new FormUrlEncodedContent(form), Ct);
    }

    private static Task<HttpResponseMessage> DecideAsync(HttpClient browser, string id, string handler, string? note = null) =>
        browser.SubmitAsync($"{EditorOf(id)}?handler={handler}", new Dictionary<string, string> { ["ReviewNote"] = note ?? "" }, getUrl: EditorOf(id));

    /// <summary>The dashboard's "Awaiting your review" panel, or nothing when the dashboard has none.</summary>
    private static string AwaitingPanel(string dashboard)
    {
        var start = dashboard.IndexOf("id=\"panel-awaiting-review\"", StringComparison.Ordinal);
        return start < 0 ? "" : dashboard[start..dashboard.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => factory.InScopeAsync(work);

    private Task<ReviewRequestRecord?> RequestOfAsync(string id) =>
        InScopeAsync(sp => sp.GetRequiredService<ReviewWorkflow>().FindAsync(id, Ct));

    private Task<ContentItem?> PublishedAsync(string id) =>
        InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published, Ct));

    [Fact]
    public async Task AMembersSubmission_AwaitsTheChairsAndEditors_AndApprovingPublishesIt_WithEveryStepAudited()
    {
        var page = Id(await factory.CreatePageAsync(Communications, "Portal launch", order: 1));
        using var member = await PersonAsync("Mia Member", Communications, "member");
        using var chair = await PersonAsync("Cy Chair", Communications, "chair");
        using var otherChair = await PersonAsync("Oz Chair", Gaps, "chair");
        var (_, editorName) = await factory.CreateAccountAsync("Eve Editor", "Editor");
        using var editor = await BrowserOfAsync(editorName);

        var submitted = await SaveAsync(member, page, "Portal launch plan", "review", note: "Dates are confirmed.");

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("submitted for review", await member.GetStringAsync(EditorOf(page), Ct), StringComparison.Ordinal);
        var memberDashboard = await member.GetStringAsync("/admin", Ct);
        Assert.Contains("My review requests", memberDashboard, StringComparison.Ordinal);
        Assert.Contains("Awaiting review", memberDashboard, StringComparison.Ordinal);
        foreach (var reviewer in new[] { chair, editor })
        {
            var dashboard = AwaitingPanel(await reviewer.GetStringAsync("/admin", Ct));
            Assert.Contains("Portal launch plan", dashboard, StringComparison.Ordinal);
            Assert.Contains("Dates are confirmed.", dashboard, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Portal launch plan", AwaitingPanel(await otherChair.GetStringAsync("/admin", Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherChair.GetAsync(EditorOf(page), Ct)).StatusCode);
        var byMember = await DecideAsync(member, page, "Approve");
        Assert.Equal(HttpStatusCode.NotFound, byMember.StatusCode);
        Assert.Equal("Portal launch", (await PublishedAsync(page))!.DisplayText);

        var approved = await DecideAsync(chair, page, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("Portal launch plan", (await PublishedAsync(page))!.DisplayText);
        Assert.Null(await RequestOfAsync(page));
        Assert.DoesNotContain("Portal launch plan", AwaitingPanel(await editor.GetStringAsync("/admin", Ct)), StringComparison.Ordinal);
        using var admin = await BrowserOfAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        var audit = await admin.GetStringAsync("/admin/audit?category=Reviews", Ct);
        Assert.Contains("ReviewRequested", audit, StringComparison.Ordinal);
        Assert.Contains("ReviewApproved", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestSentBack_NeedsANote_ShowsItOnTheMembersDashboard_AndCanBeSubmittedAgain()
    {
        var page = Id(await factory.CreatePageAsync(Workforce, "Summer externships", order: 1));
        using var member = await PersonAsync("Max Member", Workforce, "member");
        using var chair = await PersonAsync("Cleo Chair", Workforce, "chair");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(member, page, "Summer externships 2027", "review")).StatusCode);

        var withoutNote = await DecideAsync(chair, page, "SendBack", note: "  ");

        Assert.Equal(HttpStatusCode.BadRequest, withoutNote.StatusCode);
        Assert.Contains("Say what should change", await withoutNote.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Pending, (await RequestOfAsync(page))!.Status);

        var sentBack = await DecideAsync(chair, page, "SendBack", note: "Add the application deadline.");

        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        var dashboard = await member.GetStringAsync("/admin", Ct);
        Assert.Contains("Sent back", dashboard, StringComparison.Ordinal);
        Assert.Contains("Add the application deadline.", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Summer externships", AwaitingPanel(await chair.GetStringAsync("/admin", Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(member, page, "Summer externships 2027 (deadline 1 May)", "review")).StatusCode);
        Assert.Equal(ReviewStatus.Pending, (await RequestOfAsync(page))!.Status);
        Assert.Contains("deadline 1 May", AwaitingPanel(await chair.GetStringAsync("/admin", Ct)), StringComparison.Ordinal);
        using var admin = await BrowserOfAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword);
        Assert.Contains("ReviewSentBack", await admin.GetStringAsync("/admin/audit?category=Reviews", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyThoseWhoCannotPublish_AreOfferedSubmitForReview_AndAChairsSubmissionIsRefused()
    {
        var page = Id(await factory.CreatePageAsync(Gaps, "Asset map", order: 1));
        using var member = await PersonAsync("Moe Member", Gaps, "member");
        using var chair = await PersonAsync("Cass Chair", Gaps, "chair");

        Assert.Contains("Submit for review", await member.GetStringAsync(EditorOf(page), Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("Submit for review", await chair.GetStringAsync(EditorOf(page), Ct), StringComparison.Ordinal);

        await SaveAsync(chair, page, "Asset map draft", "review");

        Assert.Null(await RequestOfAsync(page));
        Assert.Contains("You may publish this item yourself", await chair.GetStringAsync(EditorOf(page), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftChangedAfterSubmission_IsNotPublishedByApproval_AndPublishingItAnotherWayClearsTheRequest()
    {
        var page = Id(await factory.CreatePageAsync(Strengthening, "Evaluation", order: 1));
        using var member = await PersonAsync("Meg Member", Strengthening, "member");
        using var chair = await PersonAsync("Cal Chair", Strengthening, "chair");
        await SaveAsync(member, page, "Evaluation, reviewed", "review");
        await SaveAsync(member, page, "Evaluation, changed after review", "draft");

        var approved = await DecideAsync(chair, page, "Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("changed after it was submitted", await chair.GetStringAsync(EditorOf(page), Ct), StringComparison.Ordinal);
        Assert.Equal("Evaluation", (await PublishedAsync(page))!.DisplayText);
        Assert.NotNull(await RequestOfAsync(page));

        using var api = await factory.AdminClientAsync();
        Assert.True((await api.PostAsync($"/api/content/{page}/publish", null, Ct)).IsSuccessStatusCode);

        Assert.Null(await RequestOfAsync(page));
    }

    [Fact]
    public async Task AMembersDashboard_ListsTheirWorkgroupsPagesWithTheirState_AndNoOtherWorkgroups()
    {
        const string Fifth = "stemstlworkgroup0000000005";
        var published = Id(await factory.CreatePageAsync(Fifth, "Who we are", order: 1));
        await factory.CreatePageAsync(Gaps, "Not theirs", order: 1);
        using var api = await factory.AdminClientAsync();
        var draft = await api.PostJsonAsync("/api/content?draft=true", Page(Fifth, "Next meeting", 2));
        Assert.True(draft.IsSuccessStatusCode);
        using var member = await PersonAsync("Dee Member", Fifth, "member");

        var dashboard = await member.GetStringAsync("/admin", Ct);

        Assert.Contains($"href=\"/admin/content/{published}\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("Next meeting", dashboard, StringComparison.Ordinal);
        Assert.Contains("badge-draft", dashboard, StringComparison.Ordinal);
        Assert.Contains("badge-published", dashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/workgroups/{Fifth}/pages\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Not theirs", dashboard, StringComparison.Ordinal);
    }
}
