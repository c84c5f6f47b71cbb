using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Content;

/// <summary>What the content-list tests do to a store: save items a minute apart, and list them.</summary>
internal static class ContentListArrange
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<ContentListPage> ListAsync(this ContentStoreFixture store, ContentListQuery query) =>
        store.InScopeAsync(sp => sp.GetRequiredService<IContentList>().QueryAsync(query, Ct));

    /// <summary>Creates the item (imported when it names an owner), then moves the clock on so modified times differ.</summary>
    public static async Task<ContentItem> SaveAsync(this ContentStoreFixture store, ContentItem item, bool draft = false, string? owner = null)
    {
        item.Owner = owner;
        item.Published = !draft;
        var result = owner is null
            ? await store.WithManagerAsync(m => m.CreateAsync(item, draft, Ct))
            : await store.WithManagerAsync(m => m.ImportAsync(item, Ct));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        store.Clock.Now = store.Clock.Now.AddMinutes(1);
        return result.Item!;
    }

    public static ContentItem Note(string title)
    {
        var item = new ContentItem { ContentType = "Note" };
        item.Part("TestTitlePart")["Title"] = title;
        return item;
    }
}
