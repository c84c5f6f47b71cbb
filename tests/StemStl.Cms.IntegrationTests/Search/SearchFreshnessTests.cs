using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.IntegrationTests.Infrastructure;
using static StemStl.Cms.IntegrationTests.Search.SearchSite;

namespace StemStl.Cms.IntegrationTests.Search;

/// <summary>The published index follows each life-cycle change; tests wait on the cursor, never on time.</summary>
public sealed class SearchFreshnessTests : IAsyncLifetime
{
    private readonly CmsFactory _factory = new();

    public async ValueTask InitializeAsync() => await DefineAsync(_factory);

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task PublishedIndex_FollowsDraftsPublishingUnpublishingAndRemoval()
    {
        var id = await ResourceAsync(_factory, "Telescope basics", "Looking at the moon.", draft: true);
        Assert.Equal(0, await CountAsync("telescope"));

        await ChangeAsync(m => m.PublishAsync(id));
        Assert.Equal(1, await CountAsync("telescope"));

        // A draft of a published item leaves the published text searchable, and the draft's text not yet.
        await ChangeAsync(async m =>
        {
            var item = (await m.GetAsync(id, VersionOptions.Latest))!;
            item.Part("TitlePart")["Title"] = "Microscope basics";
            return await m.UpdateAsync(item, draft: true);
        });
        Assert.Equal(1, await CountAsync("telescope"));
        Assert.Equal(0, await CountAsync("microscope"));

        await ChangeAsync(m => m.PublishAsync(id));
        Assert.Equal(0, await CountAsync("telescope"));
        Assert.Equal(1, await CountAsync("microscope"));

        await ChangeAsync(m => m.UnpublishAsync(id));
        Assert.Equal(0, await CountAsync("microscope"));

        await ChangeAsync(m => m.PublishAsync(id));
        await ChangeAsync(m => m.RemoveAsync(id));
        Assert.Equal(0, await CountAsync("microscope"));
        Assert.Equal(0, await CountAsync("moon", "Drafts"));
    }

    private async Task ChangeAsync(Func<IContentManager, Task<ContentOperationResult>> change)
    {
        var result = await _factory.InScopeAsync(services => change(services.GetRequiredService<IContentManager>()));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    private async Task<int> CountAsync(string q, string index = "Search")
    {
        await CaughtUpAsync(_factory);
        using var admin = await _factory.AdminClientAsync();
        return Total(await SearchAsync(admin, $"index={index}&q={q}"));
    }
}
