using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Hosting;
using StemStl.Cms.Tests.Security;

namespace StemStl.Cms.Tests.Hosting;

public sealed class AdminPasswordTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    [Fact]
    public async Task Generate_MeetsTheSitesPasswordRulesEveryTime()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        Assert.NotEmpty(users.PasswordValidators);

        for (var i = 0; i < 200; i++)
        {
            var password = AdminPassword.Generate();
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, new CmsUser(), password);
                Assert.True(result.Succeeded, $"{password}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    [Fact]
    public async Task SiteRules_RefuseShortOrSingleCasePasswords()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();

        foreach (var weak in new[] { "Short1a", "alllowercase12345", "ALLUPPERCASE12345", "NoDigitsAtAllHere" })
        {
            var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, new CmsUser(), weak)));
            Assert.Contains(results, r => !r.Succeeded);
        }
    }

    [Fact]
    public void Generate_NeverRepeats() =>
        Assert.Equal(100, Enumerable.Range(0, 100).Select(_ => AdminPassword.Generate()).Distinct().Count());
}
