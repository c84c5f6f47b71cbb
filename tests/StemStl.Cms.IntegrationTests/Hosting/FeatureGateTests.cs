using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Modules;

namespace StemStl.Cms.IntegrationTests.Hosting;

public sealed class FeatureGateTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task ModuleEndpoint_AnswersOnlyWhileItsFeatureIsOn()
    {
        using var client = factory.CreateClient();

        var before = await client.GetAsync(FeatureProbeModule.Path, TestContext.Current.CancellationToken);
        await ChangeAsync(enable: true);
        var enabled = await client.GetAsync(FeatureProbeModule.Path, TestContext.Current.CancellationToken);
        await ChangeAsync(enable: false);
        var disabled = await client.GetAsync(FeatureProbeModule.Path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disabled.StatusCode);
        Assert.Equal("application/problem+json", disabled.Content.Headers.ContentType?.MediaType);
    }

    private Task<FeatureChangeResult> ChangeAsync(bool enable) => factory.InScopeAsync(async sp =>
    {
        var features = sp.GetRequiredService<IFeatureManager>();
        var result = enable
            ? await features.EnableAsync([FeatureProbeModule.FeatureId])
            : await features.DisableAsync([FeatureProbeModule.FeatureId]);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result;
    });
}
