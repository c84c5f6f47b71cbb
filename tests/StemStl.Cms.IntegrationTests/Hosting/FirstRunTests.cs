using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Hosting;

public sealed class FirstRunTests
{
    [Fact]
    public async Task SecondStart_OnTheSameStore_DoesNotRunSetupAgain()
    {
        var folder = CmsFactory.NewFolder();
        try
        {
            await using (var first = new CmsFactory(folder, ownsFolder: false))
            {
                using var client = first.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
                Assert.Equal(1, await CountSetupRunsAsync(first));
            }

            // A different configured password must not matter: the administrator already exists.
            await using var second = new CmsFactory(folder, ownsFolder: false, new Dictionary<string, string?> { ["StemStl:Setup:AdminPassword"] = "Another-Password-2026" });
            using var again = await second.AdminClientAsync();

            Assert.Equal(1, await CountSetupRunsAsync(second));
            var items = await second.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentItems
                .CountAsync(i => i.ContentItemId == "stemstlworkgroup0000000001"));
            Assert.Equal(1, items);
        }
        finally
        {
            CmsFactory.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Setup_WithAnUnknownRecipe_StopsTheHostNamingTheRecipe()
    {
        await using var factory = new CmsFactory(CmsFactory.NewFolder(), ownsFolder: true, new Dictionary<string, string?> { ["StemStl:Setup:Recipe"] = "no-such-recipe" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("no-such-recipe", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithAWeakConfiguredPassword_StopsTheHostSayingWhy()
    {
        await using var factory = new CmsFactory(CmsFactory.NewFolder(), ownsFolder: true, new Dictionary<string, string?> { ["StemStl:Setup:AdminPassword"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("StemStl:Setup:AdminPassword", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<int> CountSetupRunsAsync(CmsFactory factory) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().AuditEvents.CountAsync(e => e.Category == "Setup" && e.Action == "Completed"));
}
