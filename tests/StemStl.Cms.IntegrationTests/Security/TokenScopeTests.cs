using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

public sealed class TokenScopeTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task ReadScope_CannotWriteOrPreviewDrafts()
    {
        using var admin = await factory.AdminClientAsync();
        var draft = await (await admin.PostJsonAsync("/api/content?draft=true", Json.Page("Draft only"))).ReadObjectAsync();
        var id = draft["ContentItemId"]!.GetValue<string>();
        using var reader = factory.TokenClient(await factory.CreateTokenAsync("content:read"));

        var create = await reader.PostJsonAsync("/api/content", Json.Page("Not allowed"));
        var preview = await reader.GetAsync($"/api/content/{id}?status=latest", TestContext.Current.CancellationToken);
        var publish = await reader.PostAsync($"/api/content/{id}/publish", null, TestContext.Current.CancellationToken);

        // A draft with no published version does not exist for a read-only token: 404, not 403, so as not to reveal it.
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);
    }

    [Fact]
    public async Task PreviewScope_SeesDraftsButCannotWrite()
    {
        using var admin = await factory.AdminClientAsync();
        var draft = await (await admin.PostJsonAsync("/api/content?draft=true", Json.Page("Previewable"))).ReadObjectAsync();
        var id = draft["ContentItemId"]!.GetValue<string>();
        using var previewer = factory.TokenClient(await factory.CreateTokenAsync("content:preview"));

        var preview = await previewer.GetAsync($"/api/content/{id}?status=draft", TestContext.Current.CancellationToken);
        var update = await previewer.PostJsonAsync($"/api/content/{id}", draft);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
    }

    [Fact]
    public async Task WriteScopeForOneType_WritesThatTypeOnly()
    {
        using var writer = factory.TokenClient(await factory.CreateTokenAsync("content:write:Page"));

        var page = await writer.PostJsonAsync("/api/content", Json.Page("Written by a token"));
        var workgroup = await writer.PostJsonAsync("/api/content", new System.Text.Json.Nodes.JsonObject
        {
            ["ContentType"] = "Workgroup",
            ["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = "Not mine to write" },
        });

        Assert.Equal(HttpStatusCode.Created, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, workgroup.StatusCode);
        var id = (await page.ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"/api/content/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task AdminScope_ManagesTokens()
    {
        using var root = factory.TokenClient(await factory.CreateTokenAsync("admin"));

        var list = await root.GetAsync("/api/tokens", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }
}
