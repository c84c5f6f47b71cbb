using System.Net;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Api;

public sealed class AnonymousAccessTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task Anonymous_SeesPublishedContentOfTheSetupRecipe()
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync("/api/content/stemstlworkgroup0000000001", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await response.ReadObjectAsync();
        Assert.Equal("Workgroup", item["ContentType"]!.GetValue<string>());
        Assert.True(item["Published"]!.GetValue<bool>());
        Assert.NotNull(item["TitlePart"]);
    }

    [Fact]
    public async Task Anonymous_NeverSeesDrafts_AndGets404NotForbidden()
    {
        using var admin = await factory.AdminClientAsync();
        var draft = await (await admin.PostJsonAsync("/api/content?draft=true", Json.Page("Secret draft"))).ReadObjectAsync();
        var id = draft["ContentItemId"]!.GetValue<string>();
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/content/{id}?status=draft", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/content/doesnotexist", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_SeesThePublishedVersionWhileADraftIsPending()
    {
        using var admin = await factory.AdminClientAsync();
        var published = await (await admin.PostJsonAsync("/api/content", Json.Page("Public title"))).ReadObjectAsync();
        var id = published["ContentItemId"]!.GetValue<string>();
        var edit = (JsonObject)published.DeepClone();
        edit["TitlePart"] = new JsonObject { ["Title"] = "Unreleased title" };
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/content/{id}?draft=true", edit)).StatusCode);
        using var anonymous = factory.CreateClient();

        var seen = await (await anonymous.GetAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).ReadObjectAsync();

        Assert.Equal("Public title", seen["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_CannotWrite_AndLearnsNothingAboutWhatExists()
    {
        using var anonymous = factory.NoRedirectClient();

        var create = await anonymous.PostJsonAsync("/api/content", Json.Page("Anonymous"));
        var publishExisting = await anonymous.PostAsync("/api/content/stemstlworkgroup0000000001/unpublish", null, TestContext.Current.CancellationToken);
        var publishMissing = await anonymous.PostAsync("/api/content/doesnotexist/unpublish", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, publishExisting.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, publishMissing.StatusCode);
    }
}
