using System.Net;
using StemStl.Cms.IntegrationTests.Admin;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Resources.ResourceSite;

namespace StemStl.Cms.IntegrationTests.Resources;

/// <summary>Switching the resources feature off stops its import API, admin screen and GraphQL fields; the resources stay and it all comes back.</summary>
public sealed class ResourceFeatureToggleTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string Sample = "resource-sample-0000000001";
    private const string ProviderQuery = """{ resource(first: 1) { displayText providerItem { displayText } } }""";

    [Fact]
    public async Task DisablingTheFeature_StopsTheImportAndGraphQLFields_KeepsTheResources_AndEnablingBringsThemBack()
    {
        using var admin = await factory.AdminClientAsync();
        using var anonymous = factory.CreateClient();
        using var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword)).StatusCode);
        var csv = Csv(Row("toggle-1", "Bird counts"));

        await factory.SwitchFeatureAsync("StemStl.Resources", enable: false);
        var importOff = await admin.ImportAsync(csv, dryRun: true);
        var (graphOff, _) = await anonymous.GraphQLAsync(ProviderQuery);
        var pageOff = await browser.GetAsync(new Uri("/admin/resources/import", UriKind.Relative), Ct);
        var sampleOff = await anonymous.GetAsync(new Uri($"/api/content/{Sample}", UriKind.Relative), Ct);

        await factory.SwitchFeatureAsync("StemStl.Resources", enable: true);
        var importOn = await admin.ImportAsync(csv, dryRun: true);
        var (graphOn, graphOnBody) = await anonymous.GraphQLAsync(ProviderQuery);
        var pageOn = await browser.GetAsync(new Uri("/admin/resources/import", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, importOff.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, graphOff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pageOff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sampleOff.StatusCode);
        Assert.StartsWith("Sample: ", (await sampleOff.ReadObjectAsync())["DisplayText"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, importOn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, graphOn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, pageOn.StatusCode);
        Assert.Equal("STEMSTL", graphOnBody.Data("resource")![0]!["providerItem"]!["displayText"]!.GetValue<string>());
    }
}
