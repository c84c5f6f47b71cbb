using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.Definitions;

namespace StemStl.Cms.Tests.Content;

[Trait("Category", "Store")]
public sealed class ContentDefinitionManagerTests(ContentStoreFixture store) : IClassFixture<ContentStoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<DefinitionChangeResult> ApplyAsync(ContentDefinitionChange change) =>
        store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().ApplyAsync(change, Ct));

    /// <summary>A type of its own per test, with a title, a field part and one stored item holding data in both.</summary>
    private async Task<string> TypeWithItemAsync(string type)
    {
        var defined = await ApplyAsync(new ContentDefinitionChange
        {
            Parts = [new ContentPartDefinition(type, type, "", [new("Body", "TestTextField", "Body"), new("Tag", "TestTextField", "Tag")])],
            Types = [new ContentTypeDefinition(type, type, new(), [new("TestTitlePart", "TestTitlePart"), new(type, type)])],
        });
        Assert.True(defined.Succeeded, string.Join("; ", defined.Errors.Select(e => e.Message)));
        var item = new ContentItem { ContentType = type };
        item.Part("TestTitlePart")["Title"] = "Holder";
        item.Part(type)["Body"] = new JsonObject { ["Text"] = "body" };
        item.Part(type)["Tag"] = new JsonObject { ["Text"] = "tag" };
        var created = await store.WithManagerAsync(m => m.CreateAsync(item, false, Ct));
        Assert.True(created.Succeeded);
        created.Item!.Part("TestTitlePart")["Title"] = "Holder v2";
        Assert.True((await store.WithManagerAsync(m => m.UpdateAsync(created.Item, true, Ct))).Succeeded);
        return created.Item.ContentItemId;
    }

    private static ContentDefinitionChange WithoutTag(string type, OrphanedDataPolicy policy) => new()
    {
        Parts = [new ContentPartDefinition(type, type, "", [new("Body", "TestTextField", "Body")])],
        Orphans = policy,
    };

    [Fact]
    public async Task Apply_ChangesTheSnapshotAndItsHash_AndRecordsAnAuditEvent()
    {
        var before = await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct));

        var result = await ApplyAsync(new ContentDefinitionChange { Types = [new ContentTypeDefinition("Brochure", "Brochure", new(), [])] });

        Assert.True(result.Succeeded);
        var after = await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct));
        Assert.NotEqual(before.Hash, after.Hash);
        Assert.Equal(result.Hash, after.Hash);
        Assert.NotNull(after.FindType("Brochure"));
        Assert.True(await store.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().AuditEvents.AnyAsync(a => a.Category == "Definitions", Ct)));
    }

    [Fact]
    public async Task Apply_InvalidChange_SavesNothing()
    {
        var before = await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct));

        var result = await ApplyAsync(new ContentDefinitionChange { Types = [new ContentTypeDefinition("Flyer", "Flyer", new(), [new("Nope", "Nope")])] });

        Assert.Equal("Types[0].Parts[0]", Assert.Single(result.Errors).Path);
        var after = await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct));
        Assert.Equal(before.Hash, after.Hash);
    }

    [Fact]
    public async Task RemovingAFieldWithData_UnderRefuse_IsRefusedNamingTheCount()
    {
        await TypeWithItemAsync("OrphanRefuse");

        var result = await ApplyAsync(WithoutTag("OrphanRefuse", OrphanedDataPolicy.Refuse));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Parts[0].Fields", error.Path);
        Assert.Contains("1 content item", error.Message, StringComparison.Ordinal);
        Assert.Contains("Keep", error.Message, StringComparison.Ordinal);
        Assert.Contains("Delete", error.Message, StringComparison.Ordinal);
        var snapshot = await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct));
        Assert.NotNull(snapshot.FindPart("OrphanRefuse")!.FindField("Tag"));
    }

    [Fact]
    public async Task RemovingAPartAndDeletingAType_UnderRefuse_AreRefused()
    {
        await TypeWithItemAsync("OrphanPart");

        var removePart = await ApplyAsync(new ContentDefinitionChange
        {
            Types = [new ContentTypeDefinition("OrphanPart", "OrphanPart", new(), [new("OrphanPart", "OrphanPart")])],
        });
        var deleteType = await ApplyAsync(new ContentDefinitionChange { DeletedTypes = ["OrphanPart"] });

        Assert.Equal("Types[0].Parts", Assert.Single(removePart.Errors).Path);
        Assert.Contains("removing part 'TestTitlePart' from type 'OrphanPart'", removePart.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("DeletedTypes[0]", Assert.Single(deleteType.Errors).Path);
    }

    [Fact]
    public async Task RemovingAFieldWithData_UnderKeep_KeepsDocumentsButDropsIndexRows_AndTheItemStaysEditable()
    {
        var id = await TypeWithItemAsync("OrphanKeep");

        var result = await ApplyAsync(WithoutTag("OrphanKeep", OrphanedDataPolicy.Keep));

        Assert.True(result.Succeeded);
        var versions = await store.WithManagerAsync(m => m.ListVersionsAsync(id, Ct));
        Assert.All(versions, v => Assert.Equal("tag", v.Content["OrphanKeep"]!["Tag"]!["Text"]!.GetValue<string>()));
        Assert.False(await HasIndexRowAsync(id, "OrphanKeep.Tag"));
        var latest = versions[0];
        latest.Part("TestTitlePart")["Title"] = "Edited after keep";
        Assert.True((await store.WithManagerAsync(m => m.UpdateAsync(latest, true, Ct))).Succeeded);
    }

    [Fact]
    public async Task RemovingAFieldWithData_UnderDelete_RemovesItFromEveryVersionAndTheIndex()
    {
        var id = await TypeWithItemAsync("OrphanDelete");
        Assert.True(await HasIndexRowAsync(id, "OrphanDelete.Tag"));

        var result = await ApplyAsync(WithoutTag("OrphanDelete", OrphanedDataPolicy.Delete));

        Assert.True(result.Succeeded);
        var versions = await store.WithManagerAsync(m => m.ListVersionsAsync(id, Ct));
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.Null(v.Content["OrphanDelete"]!["Tag"]));
        Assert.All(versions, v => Assert.NotNull(v.Content["OrphanDelete"]!["Body"]));
        Assert.False(await HasIndexRowAsync(id, "OrphanDelete.Tag"));
        Assert.True(await HasIndexRowAsync(id, "OrphanDelete.Body"));
    }

    [Fact]
    public async Task DeletingATypeWithItems_UnderDelete_RemovesTheItems()
    {
        var id = await TypeWithItemAsync("OrphanGone");

        var result = await ApplyAsync(new ContentDefinitionChange { DeletedTypes = ["OrphanGone"], Orphans = OrphanedDataPolicy.Delete });

        Assert.True(result.Succeeded);
        Assert.Empty(await store.WithManagerAsync(m => m.ListVersionsAsync(id, Ct)));
        Assert.False(await HasIndexRowAsync(id, "TestTitlePart.Title"));
    }

    [Fact]
    public async Task Apply_SeenByItsOwnScopeAtOnce_BeforeItCommits()
    {
        await store.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            Assert.True((await definitions.ApplyAsync(new ContentDefinitionChange { Types = [new ContentTypeDefinition("Pending", "Pending", new(), [])] }, Ct)).Succeeded);

            Assert.NotNull((await definitions.GetSnapshotAsync(Ct)).FindType("Pending"));
            Assert.NotNull(await sp.GetRequiredService<IContentManager>().NewAsync("Pending", Ct));
            await transaction.RollbackAsync(Ct);
            return 0;
        });

        var snapshot = await store.InScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetSnapshotAsync(Ct));
        Assert.Null(snapshot.FindType("Pending"));
    }

    private Task<bool> HasIndexRowAsync(string id, string path) =>
        store.InScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().ContentFieldIndex.AnyAsync(r => r.ContentItemId == id && r.Path == path, Ct));
}
