using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

public sealed class UsersAndRolesPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        return browser;
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private Task<string> UserIdAsync(string userName) =>
        factory.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id);

    [Fact]
    public async Task Admin_CreatesARoleGivesItPermissions_AndAnAccountInItUsesThem()
    {
        using var admin = await AdminAsync();

        var created = await admin.SubmitAsync("/admin/roles", new Dictionary<string, string> { ["Name"] = "RecipeRunner", ["Description"] = "Runs recipes" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await admin.SubmitAsync("/admin/roles/RecipeRunner?handler=Save", new Dictionary<string, string> { ["Permissions"] = "ManageRecipes" }, getUrl: "/admin/roles/RecipeRunner");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var account = await admin.SubmitAsync("/admin/users", new Dictionary<string, string>
        {
            ["UserName"] = "runner",
            ["Email"] = "runner@example.test",
            ["Password"] = "Runner-Password-2026",
            ["Roles"] = "RecipeRunner",
        });
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);

        using var runner = await factory.SignedInClientAsync("runner", "Runner-Password-2026");
        var me = await runner.GetStringAsync("/api/account/me", Ct);
        Assert.Contains("ManageRecipes", me, StringComparison.Ordinal);
        Assert.Contains("RecipeRunner", me, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAccount_WithAWeakPassword_SaysWhyNextToThePasswordAndCreatesNothing()
    {
        using var admin = await AdminAsync();

        var response = await admin.SubmitAsync("/admin/users", new Dictionary<string, string> { ["UserName"] = "weak", ["Email"] = "weak@example.test", ["Password"] = "short" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"Password-error\" class=\"field-error\">[^<]*at least 12", await response.Content.ReadAsStringAsync(Ct));
        Assert.Null(await factory.InScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("weak")));
    }

    [Fact]
    public async Task Role_WithAnUnknownPermissionPosted_ChangesNothing_AndBuiltInRolesCannotBeDeleted()
    {
        using var admin = await AdminAsync();

        var bogus = await admin.SubmitAsync("/admin/roles/Editor?handler=Save", new Dictionary<string, string> { ["Permissions"] = "RootEverything" }, getUrl: "/admin/roles/Editor");
        var delete = await admin.SubmitAsync("/admin/roles/Anonymous?handler=Delete", new Dictionary<string, string>(), getUrl: "/admin/roles/Anonymous");

        Assert.Contains("Unknown permission(s): RootEverything", await bogus.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("built in and cannot be deleted", await delete.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("EditContent", await admin.GetStringAsync("/admin/roles/Editor", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/roles/Anonymous", Ct)).StatusCode);
    }

    [Fact]
    public async Task ChangingAUsersRolesInTheAdmin_EndsTheirSession()
    {
        await factory.CreateUserAsync("reassigned", "Reassigned-Password-2026", "Editor");
        using var session = await factory.SignedInClientAsync("reassigned", "Reassigned-Password-2026");
        using var admin = await AdminAsync();
        var url = $"/admin/users/{await UserIdAsync("reassigned")}";

        var saved = await admin.SubmitAsync(url + "?handler=Roles", new Dictionary<string, string> { ["Roles"] = "Contributor" }, getUrl: url);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/account/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Admin_CannotDropTheirOwnAdministratorRole()
    {
        using var admin = await AdminAsync();
        var url = $"/admin/users/{await UserIdAsync(CmsFactory.AdminUserName)}";

        var response = await admin.SubmitAsync(url + "?handler=Roles", new Dictionary<string, string> { ["Roles"] = "Editor" }, getUrl: url);

        Assert.Contains("cannot take the Administrator role from yourself", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users", Ct)).StatusCode);
    }

    [Fact]
    public async Task UsersAndRoles_ForAnEditor_AreDeniedAndChangeNothing()
    {
        await factory.CreateUserAsync("plain-editor", "Plain-Editor-Password-2026", "Editor");
        using var editor = factory.Browser();
        await editor.SignInAsync("plain-editor", "Plain-Editor-Password-2026");

        foreach (var url in new[] { "/admin/users", "/admin/roles", "/admin/roles/Editor" })
        {
            Assert.StartsWith("/admin/denied", (await editor.GetAsync(url, Ct)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var post = await editor.PostAsync("/admin/roles/Editor?handler=Save", Form(("Permissions", "ManageUsers")), Ct);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        using var again = await factory.SignedInClientAsync("plain-editor", "Plain-Editor-Password-2026");
        Assert.DoesNotContain("ManageUsers", await again.GetStringAsync("/api/account/me", Ct), StringComparison.Ordinal);
    }
}
