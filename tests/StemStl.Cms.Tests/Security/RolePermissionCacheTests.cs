using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Security;

namespace StemStl.Cms.Tests.Security;

/// <summary>Role permissions are cached for the whole process, yet every committed role change counts from the next check.</summary>
public sealed class RolePermissionCacheTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Users carry their own roles' permissions as claims; the store is read for the two built-in roles every caller is in.
    private Task<bool> CanPublishAsync(string role) => site.WithAuthorizationAsync(a => a.AuthorizeAsync(
        role == CmsRoles.Anonymous ? SecuritySite.Anonymous() : SecuritySite.User("cached-user"), ContentPermissions.PublishContent, Ct));

    private async Task WithRolesAsync(Func<RoleManager<CmsRole>, Task> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<RoleManager<CmsRole>>());
    }

    [Fact]
    public async Task GrantingAndRevokingAClaim_CountsOnTheNextCheck_ThoughTheRoleWasCached()
    {
        await site.GrantRoleAsync(CmsRoles.Authenticated, ContentPermissions.ViewContent.Name);
        Assert.False(await CanPublishAsync(CmsRoles.Authenticated));

        await site.GrantRoleAsync(CmsRoles.Authenticated, ContentPermissions.PublishContent.Name);
        Assert.True(await CanPublishAsync(CmsRoles.Authenticated));

        await WithRolesAsync(async roles =>
        {
            var role = (await roles.FindByNameAsync(CmsRoles.Authenticated))!;
            Assert.True((await roles.RemoveClaimAsync(role, new Claim(Permission.ClaimType, ContentPermissions.PublishContent.Name))).Succeeded);
        });
        Assert.False(await CanPublishAsync(CmsRoles.Authenticated));
    }

    [Fact]
    public async Task DeletingTheRole_TakesItsPermissionsAway_OnTheNextCheck()
    {
        await site.GrantRoleAsync(CmsRoles.Anonymous, ContentPermissions.PublishContent.Name);
        Assert.True(await CanPublishAsync(CmsRoles.Anonymous));

        await WithRolesAsync(async roles => Assert.True((await roles.DeleteAsync((await roles.FindByNameAsync(CmsRoles.Anonymous))!)).Succeeded));

        Assert.False(await CanPublishAsync(CmsRoles.Anonymous));
    }

    [Fact]
    public async Task ALoadThatOverlapsAnInvalidation_AnswersItsCaller_ButIsNotKept()
    {
        var cache = new RolePermissionCache(TimeProvider.System);
        var stale = await cache.GetAsync("Editor", _ =>
        {
            cache.Invalidate();
            return Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "Stale" });
        }, Ct);
        var fresh = await cache.GetAsync("Editor", _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "Fresh" }), Ct);

        Assert.Contains("Stale", stale);
        Assert.Contains("Fresh", fresh);
    }

    [Fact]
    public async Task AnEntryOlderThanItsLifetime_IsReadAgain_SoAnotherNodesChangeArrives()
    {
        var clock = new Content.TestClock();
        var cache = new RolePermissionCache(clock);
        var loads = 0;
        Task<IReadOnlySet<string>> Load(CancellationToken _) => Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { $"Load {++loads}" });

        await cache.GetAsync("Editor", Load, Ct);
        clock.Now += RolePermissionCache.Lifetime - TimeSpan.FromSeconds(1);
        var cached = await cache.GetAsync("Editor", Load, Ct);
        clock.Now += TimeSpan.FromSeconds(2);
        var reread = await cache.GetAsync("Editor", Load, Ct);

        Assert.Contains("Load 1", cached);
        Assert.Contains("Load 2", reread);
    }
}
