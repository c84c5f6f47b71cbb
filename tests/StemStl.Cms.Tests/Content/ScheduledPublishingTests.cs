using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Content.Scheduling;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ScheduledPublishingTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> RunDueAsync() => store.Services.GetRequiredService<ScheduledPublishingService>().RunDueAsync(Ct);

    [Fact]
    public async Task RunDue_PublishesDueDraftsOnce_AndLeavesFutureOnesAlone()
    {
        var due = ContentStoreFixture.Article("Due");
        due.Part("PublishLaterPart")["ScheduledPublishUtc"] = store.Clock.Now.AddMinutes(5).UtcDateTime.ToString("O");
        var later = ContentStoreFixture.Article("Later");
        later.Part("PublishLaterPart")["ScheduledPublishUtc"] = store.Clock.Now.AddDays(5).UtcDateTime.ToString("O");
        var dueId = (await store.WithManagerAsync(m => m.CreateAsync(due, true, Ct))).Item!.ContentItemId;
        var laterId = (await store.WithManagerAsync(m => m.CreateAsync(later, true, Ct))).Item!.ContentItemId;

        Assert.Equal(0, await RunDueAsync());
        store.Clock.Now = store.Clock.Now.AddMinutes(10);
        var changed = await RunDueAsync();
        var again = await RunDueAsync();

        Assert.Equal(1, changed);
        Assert.Equal(0, again);
        var published = await store.WithManagerAsync(m => m.GetAsync(dueId, VersionOptions.Published, Ct));
        Assert.NotNull(published);
        Assert.Null(published.Content["PublishLaterPart"]!["ScheduledPublishUtc"]);
        Assert.Null(await store.WithManagerAsync(m => m.GetAsync(laterId, VersionOptions.Published, Ct)));
    }

    [Fact]
    public async Task RunDue_UnpublishesItemsWhoseUnpublishTimeHasCome()
    {
        var item = ContentStoreFixture.Article("Expiring");
        item.Part("UnpublishLaterPart")["ScheduledUnpublishUtc"] = store.Clock.Now.AddMinutes(1).UtcDateTime.ToString("O");
        var id = (await store.WithManagerAsync(m => m.CreateAsync(item, false, Ct))).Item!.ContentItemId;
        store.Clock.Now = store.Clock.Now.AddMinutes(2);

        var changed = await RunDueAsync();

        Assert.Equal(1, changed);
        Assert.Null(await store.WithManagerAsync(m => m.GetAsync(id, VersionOptions.Published, Ct)));
        var draft = await store.WithManagerAsync(m => m.GetAsync(id, VersionOptions.Latest, Ct));
        Assert.Null(draft!.Content["UnpublishLaterPart"]!["ScheduledUnpublishUtc"]);
        Assert.True(store.Log.Has($"Unpublished:{id}"));
    }
}
