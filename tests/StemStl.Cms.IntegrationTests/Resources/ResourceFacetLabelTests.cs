using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.IntegrationTests.Search;
using StemStl.Cms.Security;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>
/// Facet values of the <c>resources</c> index that are term or item ids carry the name beside the id, and only for a
/// caller who may see the taxonomy or item, as GraphQL term reads do; the id stays the value, so filters keep working.
/// </summary>
public sealed class ResourceFacetLabelTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Query = "index=resources&facets=subject,provider&filter=subject:subject-science";

    [Fact]
    public async Task TermAndProviderValues_AreLabelled_ForACallerWhoMaySeeThem_AndKeepTheIdAsTheValue()
    {
        await SearchSite.CaughtUpAsync(factory, "resources");
        using var anonymous = factory.CreateClient();

        var result = await SearchSite.SearchAsync(anonymous, Query);
        var (_, graph) = await anonymous.GraphQLAsync("""
            { search(index: "resources", facets: ["gradeBand"], filters: ["gradeBand:gradeband-adult"]) { facets { values { value label count } } } }
            """);

        Assert.Equal(2, SearchSite.Total(result));
        Assert.Equal("Science", SearchFacetLabels.Labels(result, "subject")["subject-science"]);
        Assert.Equal("Health sciences", SearchFacetLabels.Labels(result, "subject")["subject-health-sciences"]);
        Assert.Equal("STEMSTL", SearchFacetLabels.Labels(result, "provider")["organization-stemstl"]);
        Assert.True(graph["errors"] is null, graph.ToJsonString());
        var adult = Assert.Single(graph.Data("search")!["facets"]![0]!["values"]!.AsArray())!;
        Assert.Equal(("gradeband-adult", "Adult", 2), (adult["value"]!.GetValue<string>(), adult["label"]!.GetValue<string>(), adult["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ACallerWhoMaySeeResourcesButNotTheTaxonomiesOrOrganizations_GetsTheIdsAndCountsWithoutLabels()
    {
        await SearchSite.CaughtUpAsync(factory, "resources");
        await ChangeAnonymousAsync(revoke: true);
        try
        {
            using var anonymous = factory.CreateClient();
            using var admin = await factory.AdminClientAsync();

            var hidden = await SearchSite.SearchAsync(anonymous, Query);
            var shown = await SearchSite.SearchAsync(admin, Query);

            Assert.Equal(2, SearchSite.Total(hidden));
            Assert.Equal(SearchSite.Facet(shown, "subject"), SearchSite.Facet(hidden, "subject"));
            Assert.All(SearchFacetLabels.Labels(hidden, "subject").Values, Assert.Null);
            Assert.Null(SearchFacetLabels.Labels(hidden, "provider")["organization-stemstl"]);
            Assert.Equal("Science", SearchFacetLabels.Labels(shown, "subject")["subject-science"]);
            Assert.Equal("STEMSTL", SearchFacetLabels.Labels(shown, "provider")["organization-stemstl"]);
        }
        finally
        {
            await ChangeAnonymousAsync(revoke: false);
        }
    }

    // Anonymous callers keep View on resources only, so they see the resources and their term ids but not the taxonomies.
    private async Task ChangeAnonymousAsync(bool revoke) => await factory.InScopeAsync(async services =>
    {
        var roles = services.GetRequiredService<RoleManager<CmsRole>>();
        var role = (await roles.FindByNameAsync("Anonymous"))!;
        var all = new Claim(Permission.ClaimType, ContentPermissions.ViewContent.Name);
        var resources = new Claim(Permission.ClaimType, ContentPermissions.ForType(ContentPermissions.ViewContent, "Resource").Name);
        var (remove, add) = revoke ? (all, resources) : (resources, all);
        Assert.True((await roles.RemoveClaimAsync(role, remove)).Succeeded);
        Assert.True((await roles.AddClaimAsync(role, add)).Succeeded);
        return true;
    });
}
