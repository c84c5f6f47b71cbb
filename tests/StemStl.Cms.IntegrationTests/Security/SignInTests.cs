using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

public sealed class SignInTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task SignIn_WithTheSetupAdmin_SetsAnHttpOnlyCookieAndReturnsTheUser()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/signin", new { userName = CmsFactory.AdminUserName, password = CmsFactory.AdminPassword }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("stemstl.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var user = await response.ReadObjectAsync();
        Assert.Equal(CmsFactory.AdminUserName, user["userName"]!.GetValue<string>());
        Assert.Contains("Administrator", user["roles"]!.AsArray().Select(r => r!.GetValue<string>()));

        var me = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(CmsFactory.AdminUserName, (await me.ReadObjectAsync())["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIn_WithTheEmailAddress_Succeeds()
    {
        await factory.CreateUserAsync("by-email", "Email-Sign-In-2026");
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/signin", new { userName = "by-email@example.test", password = "Email-Sign-In-2026" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_Answers401ProblemAndAuditsTheFailure()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/signin", new { userName = CmsFactory.AdminUserName, password = "not-the-password" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var failures = await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents
            .CountAsync(e => e.Category == "Security" && e.Action == "SignInFailed"));
        Assert.True(failures >= 1);
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        await factory.CreateUserAsync("locked-editor", "Locked-Editor-2026");
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/account/signin", new { userName = "locked-editor", password = "wrong-password-1" }, TestContext.Current.CancellationToken);
            statuses.Add(failed.StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/account/signin", new { userName = "locked-editor", password = "Locked-Editor-2026" }, TestContext.Current.CancellationToken);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), (HttpStatusCode)423], statuses);
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.Contains("locked", (await right.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Me_WithoutSignIn_Answers401WithoutARedirect()
    {
        using var client = factory.NoRedirectClient();

        var response = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await factory.AdminClientAsync();

        var signOut = await client.PostAsync("/api/account/signout", null, TestContext.Current.CancellationToken);
        var me = await client.GetAsync("/api/account/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_RequiresTheCurrentPasswordAndThenAcceptsTheNewOne()
    {
        await factory.CreateUserAsync("changer", "Changer-Original-2026");
        using var client = await factory.SignedInClientAsync("changer", "Changer-Original-2026");

        var wrong = await client.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "nope", newPassword = "Changer-Changed-2026" }, TestContext.Current.CancellationToken);
        var weak = await client.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "Changer-Original-2026", newPassword = "short" }, TestContext.Current.CancellationToken);
        var changed = await client.PostAsJsonAsync("/api/account/change-password", new { currentPassword = "Changer-Original-2026", newPassword = "Changer-Changed-2026" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("currentPassword", Json.ErrorKeys(await wrong.ReadObjectAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("newPassword", Json.ErrorKeys(await weak.ReadObjectAsync()));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        using var again = await factory.SignedInClientAsync("changer", "Changer-Changed-2026");
        var audited = await factory.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents
            .CountAsync(e => e.Category == "Security" && e.Action == "PasswordChanged"));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task SignIn_WithABodyOfTheWrongShape_Answers400SayingWhere()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/account/signin",
            new StringContent("{\"userName\": 5}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.userName", (await response.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
