using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Security;
using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>Results, totals and facets hold only what the caller may see: no private types for the public, no drafts without Preview.</summary>
[Collection(nameof(SearchHost))]
public sealed class SearchAccessTests(SearchHost host)
{
    private const string Password = "Search-Tests-2026";

    [Fact]
    public async Task Anonymous_DoesNotSeePrivateTypes_InItemsTotalsOrFacets()
    {
        var result = await SearchAsync(host.Factory.CreateClient(), "index=Search&q=robot&facets=type");

        Assert.DoesNotContain("Robots budget memo", Titles(result));
        Assert.Equal(3, Total(result));
        Assert.Equal(new Dictionary<string, int> { ["Lesson"] = 3 }, Facet(result, "type"));
    }

    [Fact]
    public async Task Administrator_SeesPrivateTypes_CountedConsistently()
    {
        using var admin = await host.Factory.AdminClientAsync();

        var result = await SearchAsync(admin, "index=Search&q=robot&facets=type");

        Assert.Contains("Robots budget memo", Titles(result));
        Assert.Equal(4, Total(result));
        Assert.Equal(new Dictionary<string, int> { ["Lesson"] = 3, ["Memo"] = 1 }, Facet(result, "type"));
    }

    [Fact]
    public async Task LatestIndex_HidesDraftsFromCallersWithoutPreview()
    {
        var anonymous = await SearchAsync(host.Factory.CreateClient(), "index=Drafts&q=robot*");
        using var admin = await host.Factory.AdminClientAsync();
        var editor = await SearchAsync(admin, "index=Drafts&q=robot*");

        Assert.DoesNotContain("Robotics draft plan", Titles(anonymous));
        Assert.Equal(3, Total(anonymous));
        Assert.Contains("Robotics draft plan", Titles(editor));
        Assert.Equal(5, Total(editor));
    }

    [Fact]
    public async Task PublishedIndex_NeverHoldsDrafts_EvenForAdministrators()
    {
        using var admin = await host.Factory.AdminClientAsync();

        var result = await SearchAsync(admin, "index=Search&q=unpublished");

        Assert.Equal(0, Total(result));
    }

    [Fact]
    public async Task WorkgroupMember_SeesTheDraftsOfTheirOwnWorkgroupOnly_ItemByItem()
    {
        var member = $"member-{Guid.NewGuid():N}"[..20];
        var outsider = $"outsider-{Guid.NewGuid():N}"[..20];
        await host.Factory.CreateUserAsync(member, Password, "WorkgroupMember");
        await host.Factory.CreateUserAsync(outsider, Password, "WorkgroupMember");
        var workgroup = $"wg-{Guid.NewGuid():N}";
        TestWorkgroupModule.ItemWorkgroups[host.Draft] = workgroup;
        TestWorkgroupModule.Members[(await UserIdAsync(member), workgroup)] = WorkgroupRole.Member;
        using var memberClient = await host.Factory.SignedInClientAsync(member, Password);
        using var outsiderClient = await host.Factory.SignedInClientAsync(outsider, Password);

        var mine = await SearchAsync(memberClient, "index=Drafts&q=unpublished&facets=type");
        var theirs = await SearchAsync(outsiderClient, "index=Drafts&q=unpublished&facets=type");

        Assert.Equal(["Robotics draft plan"], Titles(mine));
        Assert.Equal(1, Total(mine));
        Assert.Equal(new Dictionary<string, int> { ["Lesson"] = 1 }, Facet(mine, "type"));
        Assert.Empty(Titles(theirs));
        Assert.Equal(0, Total(theirs));
        Assert.Empty(Facet(theirs, "type"));
    }

    private Task<string> UserIdAsync(string userName) =>
        host.Factory.InScopeAsync(async services => (await services.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName))!.Id);
}
