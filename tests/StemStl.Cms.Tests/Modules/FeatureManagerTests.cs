using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Data;
using StemStl.Cms.Handlers;
using StemStl.Cms.Modules;

namespace StemStl.Cms.Tests.Modules;

public sealed class FeatureManagerTests(FeatureSite site) : IClassFixture<FeatureSite>
{
    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<FeatureChangeResult> EnableAsync(params string[] ids) =>
        InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(ids));

    private Task<FeatureChangeResult> DisableAsync(params string[] ids) =>
        InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(ids));

    private Task<IReadOnlySet<string>> EnabledAsync() =>
        InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IFeatureManager>().EnabledFeatureIds));

    [Fact]
    public async Task Enable_WhenFeatureHasDependencies_EnablesThemFirstAndPersists()
    {
        await DisableAsync("Test.Reports", "Test.Charts", "Test.Data");

        var result = await EnableAsync("Test.Reports");

        Assert.True(result.Succeeded);
        Assert.Equal(["Test.Data", "Test.Charts", "Test.Reports"], result.Changed);
        var stored = await InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Features.Where(f => f.Enabled).Select(f => f.FeatureId).ToListAsync());
        Assert.Superset(new HashSet<string> { "Test.Data", "Test.Charts", "Test.Reports" }, stored.ToHashSet());
    }

    [Fact]
    public async Task Disable_WhenAnEnabledFeatureDependsOnIt_IsRefusedNamingTheDependent()
    {
        await EnableAsync("Test.Reports");

        var result = await DisableAsync("Test.Data");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Contains("'Test.Charts'", error, StringComparison.Ordinal);
        Assert.Contains("Test.Data", await EnabledAsync());
    }

    [Fact]
    public async Task Disable_WhenDependentsAreDisabledTogether_Succeeds()
    {
        await EnableAsync("Test.Reports");

        var result = await DisableAsync("Test.Reports", "Test.Charts", "Test.Data");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.DoesNotContain("Test.Data", await EnabledAsync());
    }

    [Fact]
    public async Task Disable_WhenFeatureIsAlwaysEnabled_IsRefused()
    {
        var result = await DisableAsync("Test.Engine");

        Assert.False(result.Succeeded);
        Assert.Contains("Test.Engine", await EnabledAsync());
    }

    [Fact]
    public async Task Enable_WhenFeatureIsUnknown_SuggestsTheClosestName()
    {
        var result = await EnableAsync("Test.Chrts");

        var error = Assert.Single(result.Errors);
        Assert.Contains("did you mean 'Test.Charts'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabled_WhenFeatureIsOff_LeavesItsHandlersOutAndKeepsEngineHandlers()
    {
        await EnableAsync("Test.Charts");
        await DisableAsync("Test.Reports");

        var handlers = await InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IEnabled<IContentHandler>>().Select(h => h.GetType()).ToList()));

        Assert.Contains(typeof(ChartsHandler), handlers);
        Assert.Contains(typeof(EngineHandler), handlers);
        Assert.DoesNotContain(typeof(ReportsHandler), handlers);
    }

    [Fact]
    public async Task Enable_InOneScope_IsSeenByTheNextScopeWithoutRestart()
    {
        await DisableAsync("Test.Reports");
        Assert.DoesNotContain("Test.Reports", await EnabledAsync());

        await EnableAsync("Test.Reports");

        Assert.Contains("Test.Reports", await EnabledAsync());
    }
}
