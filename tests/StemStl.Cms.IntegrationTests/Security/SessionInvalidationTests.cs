using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Security;

namespace StemStl.Cms.IntegrationTests.Security;

public sealed class SessionInvalidationTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<IReadOnlyList<string>> SetRolesAsync(string userName, params string[] roles) => factory.InScopeAsync(async sp =>
    {
        var user = await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName);
        return await sp.GetRequiredService<UserRoles>().SetAsync(user!, roles, Ct);
    });

    [Fact]
    public async Task ChangingAUsersRoles_EndsTheirOpenSessions()
    {
        await factory.CreateUserAsync("moving-editor", "Moving-Editor-Password-2026", "Editor");
        using var session = await factory.SignedInClientAsync("moving-editor", "Moving-Editor-Password-2026");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/account/me", Ct)).StatusCode);

        Assert.Empty(await SetRolesAsync("moving-editor", "Contributor"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/account/me", Ct)).StatusCode);
        using var again = await factory.SignedInClientAsync("moving-editor", "Moving-Editor-Password-2026");
        var me = await (await again.GetAsync("/api/account/me", Ct)).ReadObjectAsync();
        Assert.Equal("Contributor", Assert.Single(me["roles"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task ChangingRoles_ToOneThatDoesNotExist_ChangesNothing()
    {
        await factory.CreateUserAsync("steady-editor", "Steady-Editor-Password-2026", "Editor");
        using var session = await factory.SignedInClientAsync("steady-editor", "Steady-Editor-Password-2026");

        Assert.NotEmpty(await SetRolesAsync("steady-editor", "NoSuchRole"));

        var me = await (await session.GetAsync("/api/account/me", Ct)).ReadObjectAsync();
        Assert.Equal("Editor", Assert.Single(me["roles"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task ARolesNewPermission_AppliesToSignedInUsersAtOnce()
    {
        await factory.CreateUserAsync("grown-user", "Grown-User-Password-2026", "Contributor");
        using var session = await factory.SignedInClientAsync("grown-user", "Grown-User-Password-2026");
        Assert.DoesNotContain("ManageRecipes", (await session.GetStringAsync("/api/account/me", Ct)), StringComparison.Ordinal);

        await factory.GrantAsync("Contributor", "ManageRecipes");

        Assert.Contains("ManageRecipes", await session.GetStringAsync("/api/account/me", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePasswordInOneSession_EndsTheOthersWith401()
    {
        await factory.CreateUserAsync("two-tabs", "Two-Tabs-Password-2026", "Editor");
        using var first = await factory.SignedInClientAsync("two-tabs", "Two-Tabs-Password-2026");
        using var second = await factory.SignedInClientAsync("two-tabs", "Two-Tabs-Password-2026");

        var changed = await second.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "Two-Tabs-Password-2026", newPassword = "Two-Tabs-Password-2027" }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/account/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/account/me", Ct)).StatusCode);
    }
}
