using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Api;

public sealed class ContentLifecycleTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task Create_ReturnsTheItemWithEveryPropertyAndItsParts()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostJsonAsync("/api/content", Json.Page("Robotics kits"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await response.ReadObjectAsync();
        var id = item["ContentItemId"]!.GetValue<string>();
        Assert.Equal($"/api/content/{id}", response.Headers.Location?.OriginalString);
        foreach (var property in new[] { "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc" })
        {
            Assert.True(item.ContainsKey(property), $"the item JSON lacks {property}: {item}");
        }

        Assert.Equal("Robotics kits", item["DisplayText"]!.GetValue<string>());
        Assert.True(item["Published"]!.GetValue<bool>());
        Assert.Equal(CmsFactory.AdminUserName, item["Author"]!.GetValue<string>());
        Assert.Contains("<p>", item["MarkdownBodyPart"]!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftPublishUnpublishDiscardRestoreDelete_FollowTheVersionRules()
    {
        using var admin = await factory.AdminClientAsync();
        using var anonymous = factory.CreateClient();

        var draft = await (await admin.PostJsonAsync("/api/content?draft=true", Json.Page("First title"))).ReadObjectAsync();
        var id = draft["ContentItemId"]!.GetValue<string>();
        Assert.False(draft["Published"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).StatusCode);

        var published = await admin.PostAsync($"/api/content/{id}/publish", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var v1 = await published.ReadObjectAsync();
        Assert.True(v1["Published"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).StatusCode);

        var edit = (JsonObject)v1.DeepClone();
        edit["TitlePart"] = new JsonObject { ["Title"] = "Second title" };
        var updated = await admin.PostJsonAsync($"/api/content/{id}?draft=true", edit);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var latest = await (await admin.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken)).ReadObjectAsync();
        Assert.Equal("Second title", latest["DisplayText"]!.GetValue<string>());
        Assert.Equal("First title", (await (await anonymous.GetAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).ReadObjectAsync())["DisplayText"]!.GetValue<string>());

        var discarded = await admin.PostAsync($"/api/content/{id}/discard-draft", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, discarded.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/content/{id}?status=draft", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal("First title", (await (await admin.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken)).ReadObjectAsync())["DisplayText"]!.GetValue<string>());

        var discardAgain = await admin.PostAsync($"/api/content/{id}/discard-draft", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, discardAgain.StatusCode);

        var current = await (await admin.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken)).ReadObjectAsync();
        current["TitlePart"] = new JsonObject { ["Title"] = "Third title" };
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/content/{id}", current)).StatusCode);
        Assert.Equal("Third title", (await (await anonymous.GetAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).ReadObjectAsync())["DisplayText"]!.GetValue<string>());

        var versions = await (await admin.GetAsync($"/api/content/{id}/versions", TestContext.Current.CancellationToken)).ReadArrayAsync();
        Assert.True(versions.Count >= 2, $"expected several versions, got {versions.ToJsonString()}");
        var firstVersion = versions.Last()!["ContentItemVersionId"]!.GetValue<string>();
        Assert.Equal("First title", versions.Last()!["DisplayText"]!.GetValue<string>());

        var restored = await admin.PostAsync($"/api/content/{id}/versions/{firstVersion}/restore", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("First title", (await restored.ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        Assert.Equal("First title", (await (await admin.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken)).ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/content/{id}/versions/nosuchversion/restore", null, TestContext.Current.CancellationToken)).StatusCode);

        var unpublished = await admin.PostAsync($"/api/content/{id}/unpublish", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Update_AgainstAStaleVersion_Answers409WithTheLatestVersionAndOverwritesNothing()
    {
        using var admin = await factory.AdminClientAsync();
        var v1 = await (await admin.PostJsonAsync("/api/content", Json.Page("Original"))).ReadObjectAsync();
        var id = v1["ContentItemId"]!.GetValue<string>();
        var first = (JsonObject)v1.DeepClone();
        first["TitlePart"] = new JsonObject { ["Title"] = "First editor" };
        var v2 = await (await admin.PostJsonAsync($"/api/content/{id}", first)).ReadObjectAsync();
        var second = (JsonObject)v1.DeepClone();
        second["TitlePart"] = new JsonObject { ["Title"] = "Second editor, stale" };

        var response = await admin.PostJsonAsync($"/api/content/{id}", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        var latestVersion = v2["ContentItemVersionId"]!.GetValue<string>();
        Assert.Equal(latestVersion, problem["latestVersionId"]!.GetValue<string>());
        Assert.Contains(latestVersion, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var latest = await (await admin.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken)).ReadObjectAsync();
        Assert.Equal("First editor", latest["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_WithoutAVersionId_IsRefusedWithTheFieldNamed()
    {
        using var admin = await factory.AdminClientAsync();
        var item = await (await admin.PostJsonAsync("/api/content", Json.Page("Needs a version"))).ReadObjectAsync();
        var id = item["ContentItemId"]!.GetValue<string>();
        var edit = Json.Page("No version sent", item["AutoroutePart"]!["Path"]!.GetValue<string>());

        var response = await admin.PostJsonAsync($"/api/content/{id}", edit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ContentItemVersionId", Json.ErrorKeys(await response.ReadObjectAsync()));
    }

    [Fact]
    public async Task PostToTheCollection_WithAnExistingId_UpdatesThatItem()
    {
        using var admin = await factory.AdminClientAsync();
        var item = await (await admin.PostJsonAsync("/api/content", Json.Page("Upsert me"))).ReadObjectAsync();
        var edit = (JsonObject)item.DeepClone();
        edit["TitlePart"] = new JsonObject { ["Title"] = "Upserted" };

        var response = await admin.PostJsonAsync("/api/content", edit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(item["ContentItemId"]!.GetValue<string>(), (await response.ReadObjectAsync())["ContentItemId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ByASignedInUserWithoutRights_Answers403()
    {
        await factory.CreateUserAsync("reader", "Reader-Account-2026");
        using var reader = await factory.SignedInClientAsync("reader", "Reader-Account-2026");

        var response = await reader.PostJsonAsync("/api/content", Json.Page("Not allowed"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EditOwnContent_LetsAnEditorChangeTheirOwnItemsOnly()
    {
        await factory.GrantAsync("Contributor", "EditOwnContent");
        await factory.GrantAsync("Contributor", "PublishOwnContent");
        await factory.CreateUserAsync("contributor", "Contributor-2026-Pw", "Contributor");
        using var contributor = await factory.SignedInClientAsync("contributor", "Contributor-2026-Pw");
        using var admin = await factory.AdminClientAsync();
        var othersItem = await (await admin.PostJsonAsync("/api/content", Json.Page("Someone else's"))).ReadObjectAsync();

        var own = await contributor.PostJsonAsync("/api/content", Json.Page("My own page"));
        var ownItem = await own.ReadObjectAsync();
        var ownEdit = (JsonObject)ownItem.DeepClone();
        ownEdit["TitlePart"] = new JsonObject { ["Title"] = "My own page, edited" };
        var editOwn = await contributor.PostJsonAsync($"/api/content/{ownItem["ContentItemId"]}", ownEdit);
        var editOthers = await contributor.PostJsonAsync($"/api/content/{othersItem["ContentItemId"]}", othersItem);

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editOthers.StatusCode);
    }
}
