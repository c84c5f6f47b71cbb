using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ContentValidationTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ContentOperationResult> CreateRefusedAsync(ContentItem item)
    {
        var before = await store.CountRowsAsync();
        var result = await store.WithManagerAsync(m => m.CreateAsync(item, false, Ct));
        Assert.Equal(ContentFailure.Invalid, result.Failure);
        Assert.Equal(before, await store.CountRowsAsync());
        return result;
    }

    [Fact]
    public async Task Create_WithUnknownType_IsRefusedAtContentTypeWithSuggestion()
    {
        var result = await CreateRefusedAsync(new ContentItem { ContentType = "Artcle" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("ContentType", error.Path);
        Assert.Contains("did you mean 'Article'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithUnknownPart_IsRefusedAtThePartWithSuggestion()
    {
        var item = ContentStoreFixture.Article("Typo");
        item.Part("TestTitelPart")["Title"] = "x";

        var result = await CreateRefusedAsync(item);

        var error = Assert.Single(result.Errors);
        Assert.Equal("TestTitelPart", error.Path);
        Assert.Equal("unknown", error.Code);
        Assert.Contains("unknown part 'TestTitelPart' for type 'Article'; did you mean 'TestTitlePart'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithUnknownField_IsRefusedAtPartDotField()
    {
        var item = ContentStoreFixture.Article("Typo");
        item.Part("Article")["Subtitel"] = new JsonObject { ["Text"] = "x" };

        var result = await CreateRefusedAsync(item);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Article.Subtitel", error.Path);
        Assert.Contains("did you mean 'Subtitle'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithKindOwnProperties_IsAccepted()
    {
        var item = ContentStoreFixture.Article("Own props");
        item.Part("TestRoutePart")["Path"] = "/own-props";

        var result = await store.WithManagerAsync(m => m.CreateAsync(item, false, Ct));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Create_WithWrongJsonTypeAndMissingRequiredField_ReportsBothByPath()
    {
        var item = ContentStoreFixture.Article("Bad values");
        item.Part("Article").Remove("Subtitle");
        item.Part("Article")["Rank"] = new JsonObject { ["Value"] = "seven" };

        var result = await CreateRefusedAsync(item);

        Assert.Contains(result.Errors, e => e.Path == "Article.Subtitle" && e.Code == "required");
        Assert.Contains(result.Errors, e => e.Path == "Article.Rank.Value" && e.Code == "type");
    }

    [Fact]
    public async Task Update_WithInvalidContent_LeavesTheStoredVersionUntouched()
    {
        var created = (await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Stays"), false, Ct))).Item!;
        var before = await store.CountRowsAsync();
        created.Part("Article")["Subtitle"] = new JsonObject { ["Text"] = new string('x', 41) };

        var result = await store.WithManagerAsync(m => m.UpdateAsync(created, false, Ct));

        Assert.Equal("Article.Subtitle", Assert.Single(result.Errors).Path);
        Assert.Equal(before, await store.CountRowsAsync());
        var stored = await store.WithManagerAsync(m => m.GetAsync(created.ContentItemId, VersionOptions.Latest, Ct));
        Assert.Equal(created.ContentItemVersionId, stored!.ContentItemVersionId);
    }

    [Fact]
    public async Task Create_WithPathAnotherItemHolds_IsRefusedAsUniqueAndWritesNothing()
    {
        var first = await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("First", path: "/taken"), false, Ct));
        Assert.True(first.Succeeded);

        var result = await CreateRefusedAsync(ContentStoreFixture.Article("Second", path: "/TAKEN"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("TestRoutePart.Path", error.Path);
        Assert.Equal("unique", error.Code);
        Assert.Contains(first.Item!.ContentItemId, error.Message, StringComparison.Ordinal);
        Assert.Contains("/taken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ConcurrentlyWithTheSamePath_LetsOneWinAndNamesItToTheOthers()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article($"Racer {i}", path: "/contested"), false, Ct)), Ct)));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r =>
        {
            var error = Assert.Single(r.Errors);
            Assert.Equal(("TestRoutePart.Path", "unique"), (error.Path, error.Code));
            Assert.Contains(winner.Item!.ContentItemId, error.Message, StringComparison.Ordinal);
        });
        var versions = await store.InScopeAsync(sp =>
            sp.GetRequiredService<CmsDbContext>().ContentItems.CountAsync(r => r.DisplayText.StartsWith("Racer"), Ct));
        Assert.Equal(1, versions);
    }

    [Fact]
    public async Task Draft_KeepsThePublishedPathReserved_UntilTheDraftIsPublished()
    {
        var item = (await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Mover", path: "/old-home"), false, Ct))).Item!;
        item.Part("TestRoutePart")["Path"] = "/new-home";
        Assert.True((await store.WithManagerAsync(m => m.UpdateAsync(item, true, Ct))).Succeeded);

        var blocked = await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Squatter", path: "/old-home"), false, Ct));
        Assert.Equal("unique", Assert.Single(blocked.Errors).Code);

        Assert.True((await store.WithManagerAsync(m => m.PublishAsync(item.ContentItemId, Ct))).Succeeded);
        var freed = await store.WithManagerAsync(m => m.CreateAsync(ContentStoreFixture.Article("Newcomer", path: "/old-home"), false, Ct));
        Assert.True(freed.Succeeded);
    }
}
